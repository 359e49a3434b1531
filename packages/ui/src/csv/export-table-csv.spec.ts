import { jest } from '@jest/globals';
import { exportTableCsv, toCsv, type CsvColumn } from './export-table-csv.js';

interface Row {
  name: string;
  amount: string;
}
const columns: CsvColumn<Row>[] = [
  { label: 'Person', value: (r) => r.name },
  { label: 'Belopp', value: (r) => r.amount },
];

describe('CSV for Excel', () => {
  it('separates cells with ; and quotes cells that need it', () => {
    const csv = toCsv(columns, [
      { name: 'Åsa Öberg', amount: '1234,56' },
      { name: 'Per "Pelle"; Berg', amount: '10,00' },
    ]);
    expect(csv).toBe('Person;Belopp\r\nÅsa Öberg;1234,56\r\n"Per ""Pelle""; Berg";10,00\r\n');
  });

  it('downloads a .csv file that starts with a BOM', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:test');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const content = exportTableCsv({ filename: 'atersokningar', columns, rows: [{ name: 'Åsa', amount: '1,00' }] });

    expect(content).toBe('\uFEFFPerson;Belopp\r\nÅsa;1,00\r\n');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('atersokningar.csv');
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    click.mockRestore();
  });
});
