import ExcelJS from 'exceljs';
import { withFixedZipDates } from './fixed-zip-dates.js';

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(0);
  const sheet = wb.addWorksheet('Granskat beslut');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('withFixedZipDates', () => {
  it('gives the same bytes for the same workbook written at different times, and still a readable workbook', async () => {
    const first = await workbook([['Belopp'], ['12 000,00']]);
    await new Promise((r) => setTimeout(r, 2100)); // zip times have two-second steps
    const second = await workbook([['Belopp'], ['12 000,00']]);
    expect(first.equals(second)).toBe(false);
    expect(withFixedZipDates(first).equals(withFixedZipDates(second))).toBe(true);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(withFixedZipDates(second) as unknown as ArrayBuffer);
    expect(read.getWorksheet('Granskat beslut')!.getRow(2).getCell(1).value).toBe('12 000,00');
  });

  it('leaves other content as it is', async () => {
    const text = Buffer.from('ingen zip');
    expect(withFixedZipDates(text)).toBe(text);
  });
});
