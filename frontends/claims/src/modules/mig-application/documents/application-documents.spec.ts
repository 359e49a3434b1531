/**
 * @jest-environment node
 */
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import type { ApplicationDocumentData, ApplicationRow } from './application-data.js';
import { buildApplicationFormPdf, FORM_FIELDS } from './application-form-pdf.js';
import { buildApplicationWorkbook, WORKBOOK_SHEET } from './application-workbook.js';

const row = (i: number, extra: Partial<ApplicationRow> = {}): ApplicationRow => ({
  claimId: `claim-${i}`,
  dossierNumber: String(1_000_000 + i),
  name: `Person ${i}`,
  personalIdentityNumber: `2001010${String(i).padStart(5, '0')}`,
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  amount: 100_000 + i * 1_001,
  districtCode: 'JARVA',
  districtName: 'Järva',
  ...extra,
});

const data = (rows: ApplicationRow[]): ApplicationDocumentData => ({
  reference: 'ANS-2026-0007',
  claimType: { code: 'GSKA', name: 'Grundskola, särskilt stöd' },
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  applicant: {
    municipalityName: 'Stockholms stad',
    municipalityCode: '0180',
    postalAddress: 'Box 1234',
    postalCode: '105 35',
    city: 'Stockholm',
    contactName: 'Åsa Öberg',
    phone: '08-508 000 00',
    email: 'asa.oberg@stockholm.se',
    reference: 'AmF Statsbidrag',
  },
  rows,
  districtComments: [
    { districtCode: 'HASSELBY_VALLINGBY', districtName: 'Hässelby-Vällingby', comment: 'Beslut om insats finns i bilagan – se sidan 3.' },
    { districtCode: 'JARVA', districtName: 'Järva', comment: 'Inga avvikelser.' },
  ],
});

const three = [row(1), row(2, { name: 'Åsa Öberg', districtCode: 'HASSELBY_VALLINGBY', districtName: 'Hässelby-Vällingby' }), row(3, { amount: 12_345 })];

describe('buildApplicationWorkbook', () => {
  it('writes the applicant block, claim type, one row per claim, a total equal to the sum and the comments', async () => {
    const bytes = await buildApplicationWorkbook(data(three));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const ws = wb.getWorksheet(WORKBOOK_SHEET)!;
    expect(ws).toBeDefined();
    const rows: unknown[][] = [];
    const rowNumbers: number[] = [];
    ws.eachRow({ includeEmpty: false }, (r) => {
      rows.push((r.values as unknown[]).slice(1));
      rowNumbers.push(r.number);
    });
    const byLabel = (label: string) => rows.find((r) => r[0] === label);

    expect(rows[0]![0]).toBe('Ansökan om ersättning – Grundskola, särskilt stöd (GSKA)');
    expect(byLabel('Kommun')![1]).toBe('Stockholms stad');
    expect(byLabel('Kommunkod')![1]).toBe('0180');
    expect(byLabel('Postadress')![1]).toBe('Box 1234');
    expect(byLabel('Kontaktperson')![1]).toBe('Åsa Öberg');
    expect(byLabel('Telefon')![1]).toBe('08-508 000 00');
    expect(byLabel('E-post')![1]).toBe('asa.oberg@stockholm.se');
    expect(byLabel('Referens')![1]).toBe('AmF Statsbidrag');
    expect(byLabel('Ersättningstyp')![1]).toBe('Grundskola, särskilt stöd');
    expect(byLabel('Ersättningskod')![1]).toBe('GSKA');
    expect(byLabel('Period')![1]).toBe('2026-01-01 – 2026-06-30');

    const headerIndex = rows.findIndex((r) => r[0] === 'Dossiernummer');
    expect(rows[headerIndex]).toEqual(['Dossiernummer', 'Namn', 'Personnummer', 'Period från', 'Period till', 'Belopp (kr)', 'Kostnadsbärande stadsdel']);
    const claimRows = rows.slice(headerIndex + 1, headerIndex + 4);
    expect(claimRows[1]).toEqual(['1000002', 'Åsa Öberg', '20010100-0002', '2026-01-01', '2026-03-31', 1020.02, 'Hässelby-Vällingby']);
    expect(claimRows[2]![5]).toBe(123.45);

    const sumRow = ws.getRow(rowNumbers[headerIndex + 4]!);
    expect(sumRow.getCell(1).value).toBe('Summa');
    const sum = sumRow.getCell(6).value as { formula: string; result: number };
    expect(sum.formula).toMatch(/^SUM\(F\d+:F\d+\)$/);
    const expected = claimRows.reduce((s, r) => s + (r[5] as number), 0);
    expect(sum.result).toBeCloseTo(expected, 2);
    expect(sum.result).toBe(2153.48);
    expect(sumRow.getCell(6).numFmt).toBe('#,##0.00');
    expect(ws.getRow(rowNumbers[headerIndex + 1]!).getCell(6).numFmt).toBe('#,##0.00');

    const commentsIndex = rows.findIndex((r) => r[0] === 'Kommentarer per stadsdel');
    expect(rows.slice(commentsIndex + 1)).toEqual([
      ['Hässelby-Vällingby', 'Beslut om insats finns i bilagan – se sidan 3.'],
      ['Järva', 'Inga avvikelser.'],
    ]);
  });
});

describe('buildApplicationFormPdf', () => {
  it('puts the key values in form fields that a reader gets back, Swedish characters intact', async () => {
    const pdf = await PDFDocument.load(await buildApplicationFormPdf(data(three)));
    const form = pdf.getForm();
    const value = (name: string) => form.getTextField(name).getText();
    expect(value(FORM_FIELDS.claimType)).toBe('Grundskola, särskilt stöd');
    expect(value(FORM_FIELDS.claimTypeCode)).toBe('GSKA');
    expect(value(FORM_FIELDS.reference)).toBe('ANS-2026-0007');
    expect(value(FORM_FIELDS.period)).toBe('2026-01-01 – 2026-06-30');
    expect(value(FORM_FIELDS.municipality)).toBe('Stockholms stad');
    expect(value(FORM_FIELDS.municipalityCode)).toBe('0180');
    expect(value(FORM_FIELDS.postalAddress)).toBe('Box 1234, 105 35 Stockholm');
    expect(value(FORM_FIELDS.contactName)).toBe('Åsa Öberg');
    expect(value(FORM_FIELDS.email)).toBe('asa.oberg@stockholm.se');
    expect(value(FORM_FIELDS.total)).toBe('2 153,48');
    expect(pdf.getTitle()).toBe('Ansökan om ersättning – Grundskola, särskilt stöd (GSKA) ANS-2026-0007');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('continues the table on more pages for 40 rows, and the total is still the sum', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(i + 1, { districtName: i % 2 ? 'Hässelby-Vällingby' : 'Järva' }));
    const pdf = await PDFDocument.load(await buildApplicationFormPdf(data(rows)));
    expect(pdf.getPageCount()).toBe(2);
    const total = rows.reduce((s, r) => s + r.amount, 0);
    expect(pdf.getForm().getTextField(FORM_FIELDS.total).getText()).toBe(`${Math.floor(total / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(total % 100).padStart(2, '0')}`);
  });

  it('does not fail on characters outside WinAnsi', async () => {
    const bytes = await buildApplicationFormPdf({ ...data([row(1, { name: 'Łukasz Żółć 😀' })]), applicant: { ...data([]).applicant, contactName: 'Zoë Ŝ' } });
    expect((await PDFDocument.load(bytes)).getForm().getTextField(FORM_FIELDS.contactName).getText()).toBe('Zoë ?');
  });
});
