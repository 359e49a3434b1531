import { parseKronor, saveBytes } from '@statsbidrag/ui';
import { parseIdentityNumber } from '@statsbidrag/domain';
import type { FoundPerson, Option, ProposalRowInput, RejectedRow } from '../graphql/proposals.graphql.js';

/**
 * The Excel file of AmF's claim proposals (step 1b), read in the browser: row 1 is the header, one
 * proposal a row from row 2. Persons are identified by personnummer/samordningsnummer through the
 * gateway, since only the person subgraph knows them.
 */
export const PROPOSAL_COLUMNS = ['Personnummer', 'Stadsdel', 'Ersättningstyp', 'Period från', 'Period till', 'Belopp', 'Kommentar'] as const;

export const COLUMN_HELP: Record<(typeof PROPOSAL_COLUMNS)[number], string> = {
  Personnummer: 'Personnummer eller samordningsnummer, 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN).',
  Stadsdel: 'Kostnadsbärande stadsdel: kod (t.ex. JARVA) eller namn (t.ex. Järva).',
  Ersättningstyp: 'Ersättningstypens kod (t.ex. GSKA).',
  'Period från': 'Frivillig. Datum ÅÅÅÅ-MM-DD.',
  'Period till': 'Frivillig. Datum ÅÅÅÅ-MM-DD.',
  Belopp: 'Frivilligt. Kronor, t.ex. 12500 eller 12 500,50.',
  Kommentar: 'Frivillig. Visas för stadsdelen i historiken.',
};

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 2000;

export class ProposalFileError extends Error {}

/** A row of the sheet as text, with its row number as the spreadsheet program shows it. */
export interface SheetRow { rowNumber: number; values: string[] }

/** A proposal read from the file, before the person is identified. */
export interface ParsedProposal {
  rowNumber: number;
  identifier: string;
  /** 12 digits when the personnummer is valid. */
  normalisedIdentifier: string | null;
  districtCode: string;
  districtName: string | null;
  claimTypeCode: string;
  periodFrom: string | null;
  periodTo: string | null;
  amount: number | null;
  comment: string | null;
  /** What the browser already knows is wrong with the row (the row is then rejected by the server). */
  problem: string | null;
}

/** A proposal with its person found (or why not). */
export interface PreviewRow extends ParsedProposal {
  person: FoundPerson | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return '';
  }
  return String(value).trim();
}

/** Reads the first worksheet of an .xlsx file into rows of text (empty rows left out). */
export async function readProposalWorkbook(fileName: string, bytes: ArrayBuffer): Promise<SheetRow[]> {
  if (!/\.xlsx$/i.test(fileName)) throw new ProposalFileError('Filen måste vara en Excel-arbetsbok (.xlsx). Ladda ned mallen och fyll i den.');
  if (bytes.byteLength === 0) throw new ProposalFileError('Filen är tom.');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ProposalFileError('Filen är större än 5 MB. Dela upp förslagen i flera filer.');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new ProposalFileError('Filen kunde inte läsas som en Excel-arbetsbok. Den kan vara skadad.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ProposalFileError('Filen har inget kalkylblad.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = PROPOSAL_COLUMNS.map((_c, i) => cellText(row.getCell(i + 1).value));
    if (values.some((v) => v !== '')) rows.push({ rowNumber, values });
  });
  const header = rows.shift();
  const expected = PROPOSAL_COLUMNS.map((c) => c.toLowerCase());
  if (!header || !expected.slice(0, 3).every((c, i) => (header.values[i] ?? '').toLowerCase().startsWith(c.slice(0, 6)))) {
    throw new ProposalFileError(`Första raden ska vara rubrikerna ${PROPOSAL_COLUMNS.join(', ')}. Ladda ned mallen och fyll i den.`);
  }
  if (!rows.length) throw new ProposalFileError('Filen innehåller inga förslag (bara rubrikraden).');
  if (rows.length > MAX_ROWS) throw new ProposalFileError(`Filen har fler än ${MAX_ROWS} förslag. Dela upp den i flera filer.`);
  return rows;
}

/** Amounts typed in kronor (one parser for the whole UI, in the UI kit). */
export { parseKronor };

const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Turns the sheet's rows into proposals, with what is already wrong with each. */
export function parseProposalRows(rows: readonly SheetRow[], districts: readonly Option[], claimTypes: readonly Option[]): ParsedProposal[] {
  const byName = new Map(districts.map((d) => [d.name.toLocaleLowerCase('sv-SE'), d]));
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const types = new Set(claimTypes.map((t) => t.code));
  return rows.map(({ rowNumber, values }) => {
    const [identifier = '', districtText = '', typeText = '', fromText = '', toText = '', amountText = '', commentText = ''] = values;
    const problems: string[] = [];
    const parsed = identifier ? parseIdentityNumber(identifier) : null;
    if (!identifier) problems.push('Personnummer saknas.');
    else if (parsed && !parsed.ok) problems.push(parsed.message);
    const district = byCode.get(districtText.toUpperCase()) ?? byName.get(districtText.toLocaleLowerCase('sv-SE')) ?? null;
    if (!districtText) problems.push('Stadsdel saknas.');
    else if (!district) problems.push(`Stadsdelen ${districtText} finns inte.`);
    const claimTypeCode = typeText.toUpperCase();
    if (!claimTypeCode) problems.push('Ersättningstyp saknas.');
    else if (!types.has(claimTypeCode)) problems.push(`Ersättningstypen ${typeText} finns inte.`);
    for (const [label, text] of [['Period från', fromText], ['Period till', toText]] as const) {
      if (text && !isIsoDate(text)) problems.push(`${label}: ${text} är inget giltigt datum (ÅÅÅÅ-MM-DD).`);
    }
    if (fromText && toText && isIsoDate(fromText) && isIsoDate(toText) && fromText > toText) problems.push('Perioden måste sluta samma dag som den börjar eller senare.');
    const amount = parseKronor(amountText);
    if (amount !== null && Number.isNaN(amount)) problems.push(`Beloppet ${amountText} är inget belopp i kronor.`);
    return {
      rowNumber,
      identifier,
      normalisedIdentifier: parsed?.ok ? parsed.normalised : null,
      districtCode: district?.code ?? districtText.toUpperCase(),
      districtName: district?.name ?? null,
      claimTypeCode,
      periodFrom: fromText || null,
      periodTo: toText || null,
      amount: amount === null || Number.isNaN(amount) ? null : amount,
      comment: commentText || null,
      problem: problems.length ? problems.join(' ') : null,
    };
  });
}

const digits = (v: string | null | undefined) => (v ?? '').replace(/\D/g, '');

/**
 * Identifies each distinct personnummer with one search, at most `concurrency` at a time, and
 * reports progress (done, total). A person is found when exactly one hit has that number.
 */
export async function resolvePersons(
  proposals: readonly ParsedProposal[],
  search: (identifier: string) => Promise<FoundPerson[]>,
  onProgress: (done: number, total: number) => void,
  concurrency = 5,
): Promise<PreviewRow[]> {
  const identifiers = [...new Set(proposals.filter((p) => p.normalisedIdentifier).map((p) => p.normalisedIdentifier!))];
  const found = new Map<string, FoundPerson | string>();
  let next = 0;
  let done = 0;
  onProgress(0, identifiers.length);
  const worker = async () => {
    while (next < identifiers.length) {
      const identifier = identifiers[next++]!;
      try {
        const hits = (await search(identifier)).filter((p) => digits(p.personalIdentityNumber).endsWith(identifier.slice(2)));
        found.set(identifier, hits.length === 1 ? hits[0]! : hits.length === 0 ? 'Personen finns inte i personregistret, eller så får du inte se den.' : 'Flera personer har detta nummer.');
      } catch {
        found.set(identifier, 'Personen kunde inte sökas fram just nu. Försök igen senare.');
      }
      onProgress(++done, identifiers.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, identifiers.length) }, worker));
  return proposals.map((p) => {
    const hit = p.normalisedIdentifier ? found.get(p.normalisedIdentifier) : undefined;
    const person = hit && typeof hit !== 'string' ? hit : null;
    const problem = [typeof hit === 'string' ? hit : null, p.problem].filter(Boolean).join(' ') || null;
    return { ...p, person, problem };
  });
}

/** The rows to send: a row with a problem found in the browser is sent with it, so the import lists it. */
export function toRowInputs(rows: readonly PreviewRow[]): ProposalRowInput[] {
  return rows.map((r) => ({
    rowNumber: r.rowNumber,
    personId: r.problem ? null : (r.person?.id ?? null),
    personProblem: r.problem ?? (r.person ? null : 'Personen kunde inte identifieras.'),
    districtCode: r.districtCode,
    claimTypeCode: r.claimTypeCode,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    amount: r.amount,
    comment: r.comment,
  }));
}

/** SHA-256 of the file as hex: the same file is recognised when imported again. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const hash = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** "Ladda ned mall": the header, an example row and a sheet explaining the columns. */
export async function buildTemplate(): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Förslag');
  sheet.addRow([...PROPOSAL_COLUMNS]).font = { bold: true };
  sheet.addRow(['19900101-0017', 'JARVA', 'GSKA', '2025-08-01', '2025-12-31', '12500', 'Exempelrad – ta bort']);
  sheet.columns.forEach((c) => (c.width = 20));
  const help = workbook.addWorksheet('Instruktioner');
  help.addRow(['Kolumn', 'Vad den ska innehålla']).font = { bold: true };
  for (const column of PROPOSAL_COLUMNS) help.addRow([column, COLUMN_HELP[column]]);
  help.columns.forEach((c) => (c.width = 60));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The rejected rows as a workbook ("Ladda ned avvisade rader"). */
export async function buildRejectedWorkbook(rejected: readonly RejectedRow[], rows: readonly PreviewRow[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Avvisade rader');
  sheet.addRow(['Rad', 'Personnummer', 'Stadsdel', 'Ersättningstyp', 'Fält', 'Orsak']).font = { bold: true };
  const byRow = new Map(rows.map((r) => [r.rowNumber, r]));
  for (const r of rejected) {
    const row = byRow.get(r.rowNumber);
    sheet.addRow([r.rowNumber, row?.identifier ?? '', row?.districtCode ?? '', row?.claimTypeCode ?? '', r.field, r.message]);
  }
  sheet.columns.forEach((c) => (c.width = 24));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Lets the browser save the bytes as a file. */
export function downloadFile(bytes: ArrayBuffer, fileName: string): void {
  saveBytes(bytes, fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}
