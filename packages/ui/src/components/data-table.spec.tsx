import { jest } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable, type DataTableColumn } from './data-table.js';

interface Person {
  id: string;
  name: string;
  amount: number;
}
const rows: Person[] = [
  { id: '1', name: 'Örjan', amount: 300 },
  { id: '2', name: 'Anna', amount: 20 },
  { id: '3', name: 'Åsa', amount: 1000 },
];
const columns: DataTableColumn<Person>[] = [
  { id: 'name', label: 'Namn', text: (r) => r.name, allowsSorting: true, isRowHeader: true, cellTestId: 'name-cell' },
  { id: 'amount', label: 'Belopp', text: (r) => String(r.amount), sortValue: (r) => r.amount, allowsSorting: true, align: 'end' },
];

function names(): string[] {
  return screen.getAllByTestId('name-cell').map((cell) => cell.textContent ?? '');
}

describe('DataTable', () => {
  it('renders a labelled table with one row per item', () => {
    render(<DataTable label="Personer" columns={columns} rows={rows} getRowId={(r) => r.id} rowTestId="person-row" />);
    const table = screen.getByRole('grid', { name: 'Personer' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Namn↕', 'Belopp↕']);
    expect(screen.getAllByTestId('person-row')).toHaveLength(3);
    expect(names()).toEqual(['Örjan', 'Anna', 'Åsa']);
  });

  it('sorts on the client when a header is clicked, in Swedish order', () => {
    render(<DataTable label="Personer" columns={columns} rows={rows} getRowId={(r) => r.id} />);
    fireEvent.click(screen.getByRole('columnheader', { name: /Namn/ }));
    expect(names()).toEqual(['Anna', 'Åsa', 'Örjan']);
    expect(screen.getByRole('columnheader', { name: /Namn/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('columnheader', { name: /Namn/ }));
    expect(names()).toEqual(['Örjan', 'Åsa', 'Anna']);
    fireEvent.click(screen.getByRole('columnheader', { name: /Belopp/ }));
    expect(names()).toEqual(['Anna', 'Örjan', 'Åsa']);
  });

  it('leaves the order to the caller when sorting is controlled', () => {
    const onSortChange = jest.fn();
    render(<DataTable label="Personer" columns={columns} rows={rows} getRowId={(r) => r.id} onSortChange={onSortChange} />);
    fireEvent.click(screen.getByRole('columnheader', { name: /Belopp/ }));
    expect(onSortChange).toHaveBeenCalledWith({ column: 'amount', direction: 'ascending' });
    expect(names()).toEqual(['Örjan', 'Anna', 'Åsa']);
  });

  it('filters the rows shown', () => {
    render(<DataTable label="Personer" columns={columns} rows={rows} getRowId={(r) => r.id} filterable />);
    fireEvent.change(screen.getByLabelText('Filtrera tabellen'), { target: { value: 'ås' } });
    expect(names()).toEqual(['Åsa']);
    fireEvent.change(screen.getByLabelText('Filtrera tabellen'), { target: { value: 'xyz' } });
    expect(screen.getByText('Inga rader att visa.')).toBeTruthy();
  });
});
