/** A small RFC 4180 reader: `"` quotes (doubled inside), separators and line breaks inside quotes, CRLF/LF/CR. */
export type CsvSeparator = ';' | ',' | '\t';

export class CsvSyntaxError extends Error {
  constructor(readonly rowNumber: number) {
    super(`Ett citattecken (") på rad ${rowNumber} avslutas aldrig.`);
  }
}

/** The separator of a file: the one that occurs most often (outside quotes) in the header line. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvSeparator]++;
  }
  const best = (Object.entries(counts) as [CsvSeparator, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ';';
}

/** All records of the text; record i is spreadsheet row i + 1. A final line break adds no record. */
export function parseCsv(text: string, separator: CsvSeparator): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) throw new CsvSyntaxError(records.length + 1);
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
