import { useMemo, useState, type ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader, type SortDescriptor } from 'react-aria-components';
import type { CsvColumn } from '../csv/export-table-csv.js';
import { TextField } from './text-field.js';

export type { SortDescriptor };

export interface DataTableColumn<T> {
  id: string;
  /** Column header text (Swedish). */
  label: string;
  /** Plain text of the cell: used for filtering, client-side sorting and CSV export. */
  text: (row: T) => string;
  /** Cell content; defaults to `text`. */
  render?: (row: T) => ReactNode;
  /** Comparable value for client-side sorting; defaults to `text`. */
  sortValue?: (row: T) => string | number;
  allowsSorting?: boolean;
  /** The cell that names the row for screen readers (one column per table). */
  isRowHeader?: boolean;
  align?: 'start' | 'end';
  /** data-testid on each cell of the column (for end-to-end tests). */
  cellTestId?: string;
}

export interface DataTableProps<T> {
  /** Accessible name of the table. */
  label: string;
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[];
  getRowId: (row: T) => string;
  /**
   * Controlled sorting (e.g. on the server): pass both. The rows are then shown in the order given.
   * Without `onSortChange` the table sorts the rows itself.
   */
  sortDescriptor?: SortDescriptor;
  onSortChange?: (descriptor: SortDescriptor) => void;
  /** Shows a "Filtrera tabellen" field that filters the rows shown, over all columns. */
  filterable?: boolean;
  filterLabel?: string;
  /** Text in an empty table. */
  emptyText?: string;
  /** data-testid on each body row. */
  rowTestId?: string;
  'data-testid'?: string;
}

const collator = new Intl.Collator('sv-SE', { numeric: true, sensitivity: 'base' });

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Sorts rows by a column like the table does on the client (Swedish collation, numbers numerically). */
export function sortRows<T>(rows: readonly T[], columns: readonly DataTableColumn<T>[], descriptor: SortDescriptor | undefined): T[] {
  const column = descriptor && columns.find((c) => c.id === descriptor.column);
  if (!column || !descriptor) return [...rows];
  const value = column.sortValue ?? column.text;
  const factor = descriptor.direction === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => factor * compareValues(value(a), value(b)));
}

/** Rows whose text in any column contains the query (case-insensitive). */
export function filterRows<T>(rows: readonly T[], columns: readonly DataTableColumn<T>[], query: string): T[] {
  const q = query.trim().toLocaleLowerCase('sv-SE');
  if (!q) return [...rows];
  return rows.filter((row) => columns.some((c) => c.text(row).toLocaleLowerCase('sv-SE').includes(q)));
}

/** CSV columns matching the table's columns (header = label, value = text). */
export function csvColumnsOf<T>(columns: readonly DataTableColumn<T>[]): CsvColumn<T>[] {
  return columns.map((c) => ({ label: c.label, value: c.text }));
}

/**
 * A sortable, filterable data table (react-aria Table): a real `<table>` with clickable, keyboard-operable
 * column headers that announce their sort direction.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, columns, rows, getRowId, onSortChange, filterable, filterLabel = 'Filtrera tabellen', emptyText = 'Inga rader att visa.' } = props;
  const [localSort, setLocalSort] = useState<SortDescriptor | undefined>(undefined);
  const [query, setQuery] = useState('');
  const controlled = Boolean(onSortChange);
  const sortDescriptor = controlled ? props.sortDescriptor : localSort;

  const shown = useMemo(() => {
    const filtered = filterable ? filterRows(rows, columns, query) : [...rows];
    return controlled ? filtered : sortRows(filtered, columns, localSort);
  }, [rows, columns, query, filterable, controlled, localSort]);

  return (
    <div className="sb-table" data-testid={props['data-testid']}>
      {filterable && (
        <div className="sb-table__filter">
          <TextField label={filterLabel} value={query} onChange={setQuery} type="search" />
        </div>
      )}
      <div className="sb-table__scroll">
        <Table aria-label={label} sortDescriptor={sortDescriptor} onSortChange={controlled ? onSortChange : setLocalSort} className="sb-table__table">
          <TableHeader>
            {columns.map((column) => (
              <Column
                key={column.id}
                id={column.id}
                isRowHeader={column.isRowHeader}
                allowsSorting={column.allowsSorting}
                className={`sb-table__header${column.align === 'end' ? ' sb-table__header--end' : ''}`}
              >
                {({ allowsSorting, sortDirection }) => (
                  <span className="sb-table__header-content">
                    {column.label}
                    {allowsSorting && (
                      <span aria-hidden="true" className="sb-table__sort-indicator">
                        {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}
                      </span>
                    )}
                  </span>
                )}
              </Column>
            ))}
          </TableHeader>
          <TableBody renderEmptyState={() => <span className="sb-table__empty">{emptyText}</span>}>
            {shown.map((row) => {
              const id = getRowId(row);
              return (
                <Row key={id} id={id} className="sb-table__row" data-testid={props.rowTestId}>
                  {columns.map((column) => (
                    <Cell key={column.id} className={`sb-table__cell${column.align === 'end' ? ' sb-table__cell--end' : ''}`}>
                      <span data-testid={column.cellTestId}>{column.render ? column.render(row) : column.text(row)}</span>
                    </Cell>
                  ))}
                </Row>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
