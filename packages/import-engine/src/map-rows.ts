import { pickFields, resolveColumns, type MappingProfile } from './mapping.js';
import { ImportFileError, readCsvRows, readFixedRows, readXlsxRows, type FileSource, type RawRow } from './read-rows.js';

/** A data row with its fields picked out by the profile, and the original cells for the deviation list. */
export interface MappedRow {
  rowNumber: number;
  values: Record<string, string>;
  original: string[];
}

/** A file whose columns do not fit the profile; every missing column is named. */
export class MappingError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'MappingError';
  }
}

function rowsOf(source: FileSource, profile: MappingProfile): AsyncGenerator<RawRow> {
  if (profile.format === 'xlsx') return readXlsxRows(source);
  if (profile.format === 'csv') return readCsvRows(source, profile.delimiter);
  return readFixedRows(source);
}

/**
 * Reads a file with a mapping profile, streamed: the header row (if the profile has one) is matched
 * first, then every non-empty row comes out with its fields. Empty rows are not data and are skipped;
 * everything else reaches the caller, who validates it and lists what it rejects.
 */
export async function* mapRows(source: FileSource, profile: MappingProfile): AsyncGenerator<MappedRow> {
  let columns: ReturnType<typeof resolveColumns> | null = null;
  let sawHeader = !profile.hasHeader || profile.format === 'fixed';
  for await (const row of rowsOf(source, profile)) {
    const empty = row.line !== undefined ? !row.line.trim() : row.cells.every((c) => !c);
    if (empty) continue;
    if (!sawHeader) {
      sawHeader = true;
      columns = resolveColumns(profile, row.cells);
      if (!columns.ok) throw new MappingError(columns.problems);
      continue;
    }
    columns ??= resolveColumns(profile, null);
    if (!columns.ok) throw new MappingError(columns.problems);
    yield { rowNumber: row.rowNumber, values: pickFields(row.line ?? row.cells, columns.columns), original: row.line !== undefined ? [row.line] : row.cells };
  }
  if (!sawHeader) throw new ImportFileError('Filen innehåller inga rader.', 'EMPTY');
}
