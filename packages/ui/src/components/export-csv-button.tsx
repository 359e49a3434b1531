import { exportTableCsv, type CsvColumn } from '../csv/export-table-csv.js';
import { Button } from './button.js';

export const EXPORT_CSV_LABEL = 'Exportera till Excel (CSV)';

export interface ExportCsvButtonProps<T> {
  filename: string;
  columns: readonly CsvColumn<T>[];
  rows: readonly T[];
  label?: string;
  isDisabled?: boolean;
}

/** "Exportera till Excel (CSV)": downloads the rows currently shown as a `;`-separated CSV with BOM. */
export function ExportCsvButton<T>({ filename, columns, rows, label = EXPORT_CSV_LABEL, isDisabled }: ExportCsvButtonProps<T>) {
  return (
    <Button variant="secondary" isDisabled={isDisabled ?? rows.length === 0} onPress={() => exportTableCsv({ filename, columns, rows })}>
      {label}
    </Button>
  );
}
