/**
 * Shared by the two imports of scanned paper (OCR): mig-import's "Skannad lista (Roselista)"
 * (ScannedListPage) and flat-rate's "Skannat beslut" (FlatRateScannedPage). The review of the read
 * cells: summary, the table where uncertain cells are corrected or ticked "Rätt", and the row model.
 */
import { Button, formatCount } from '@statsbidrag/ui';

/** A cell under review: its text now, and whether an uncertain reading still needs a human. */
export interface ReviewCell {
  field: string;
  text: string;
  confidence: number;
  uncertain: boolean;
  /** Edited or ticked "Rätt". */
  confirmed: boolean;
}
export interface ReviewRow {
  rowNumber: number;
  cells: ReviewCell[];
}

/** A column of the read document, as the subgraphs describe it. */
export interface ReviewField {
  key: string;
  label: string;
}

/** What the OCR reader answered: rows of cells keyed by field. */
export interface ScannedRows {
  fields: readonly ReviewField[];
  rows: readonly { rowNumber: number; cells: readonly { field: string; text: string; confidence: number; uncertain: boolean }[] }[];
}

export function reviewRowsOf(scanned: ScannedRows): ReviewRow[] {
  return scanned.rows.map((row) => ({
    rowNumber: row.rowNumber,
    cells: scanned.fields.map((f) => {
      const cell = row.cells.find((c) => c.field === f.key);
      return { field: f.key, text: cell?.text ?? '', confidence: cell?.confidence ?? 0, uncertain: cell?.uncertain ?? true, confirmed: false };
    }),
  }));
}

export const remainingUncertain = (rows: readonly ReviewRow[]): number => rows.reduce((n, r) => n + r.cells.filter((c) => c.uncertain && !c.confirmed).length, 0);

/** The rows with one cell changed. */
export const withCellChanged = (rows: readonly ReviewRow[], rowNumber: number, index: number, change: Partial<ReviewCell>): ReviewRow[] =>
  rows.map((r) => (r.rowNumber === rowNumber ? { ...r, cells: r.cells.map((c, i) => (i === index ? { ...c, ...change } : c)) } : r));

export interface ScannedReviewTableProps {
  fields: readonly ReviewField[];
  rows: readonly ReviewRow[];
  /** Pages the reader saw. */
  pages: number;
  /** Uncertain cells not yet confirmed (remainingUncertain(rows)). */
  remaining: number;
  onCellChange: (rowNumber: number, index: number, change: Partial<ReviewCell>) => void;
  onDeleteRow: (row: ReviewRow) => void;
}

export function ScannedReviewTable({ fields, rows, pages, remaining, onCellChange, onDeleteRow }: ScannedReviewTableProps) {
  return (
    <>
      <p data-testid="scan-summary">
        {formatCount(rows.length)} rader från {formatCount(pages)} {pages === 1 ? 'sida' : 'sidor'}.{' '}
        {remaining === 0 ? 'Alla osäkra celler är granskade.' : `${formatCount(remaining)} osäkra celler återstår att granska.`}
      </p>
      <p className="sb-muted">Osäkra celler är markerade. Rätta texten, eller kryssa i &quot;Rätt&quot; om den stämmer med papperet.</p>
      <div className="sb-table__scroll">
        <table className="mig-import__review-table" aria-label="Inlästa rader">
          <thead>
            <tr>
              <th scope="col">Rad</th>
              {fields.map((f) => (
                <th key={f.key} scope="col">
                  {f.label}
                </th>
              ))}
              <th scope="col">
                <span className="sb-visually-hidden">Ta bort</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={fields.length + 2}>Inga rader kvar.</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.rowNumber} data-testid="scan-row">
                <th scope="row">{row.rowNumber}</th>
                {row.cells.map((cell, index) => {
                  const field = fields[index]!;
                  const pending = cell.uncertain && !cell.confirmed;
                  const confidence = `Säkerhet ${Math.round(cell.confidence)} %`;
                  const cellLabel = `Rad ${row.rowNumber}, ${field.label}`;
                  const noteId = `scan-${row.rowNumber}-${field.key}-note`;
                  return (
                    <td key={field.key} className={pending ? 'mig-import__cell mig-import__cell--uncertain' : cell.uncertain ? 'mig-import__cell mig-import__cell--checked' : 'mig-import__cell'} title={confidence}>
                      <input
                        className="sb-field__input mig-import__cell-input"
                        aria-label={cellLabel}
                        aria-invalid={pending ? true : undefined}
                        aria-describedby={pending ? noteId : undefined}
                        title={confidence}
                        value={cell.text}
                        onChange={(e) => onCellChange(row.rowNumber, index, { text: e.target.value, confirmed: true })}
                      />
                      {pending && (
                        <span id={noteId} className="sb-visually-hidden">
                          osäker, {confidence}
                        </span>
                      )}
                      {cell.uncertain && (
                        <label className="mig-import__confirm">
                          <input type="checkbox" checked={cell.confirmed} onChange={(e) => onCellChange(row.rowNumber, index, { confirmed: e.target.checked })} />
                          Rätt<span className="sb-visually-hidden"> ({cellLabel})</span>
                        </label>
                      )}
                    </td>
                  );
                })}
                <td>
                  <Button variant="secondary" aria-label={`Ta bort rad ${row.rowNumber}`} onPress={() => onDeleteRow(row)}>
                    Ta bort
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
