import ExcelJS from 'exceljs';
import { kronor, formatPersonalIdentityNumber, totalOf, type ApplicationDocumentData } from './application-data.js';

export const WORKBOOK_SHEET = 'Ansökan';
const MONEY_FORMAT = '#,##0.00';

/**
 * The application to MiG as an Excel workbook: sheet "Ansökan" with the applicant block, claim type
 * and period, one row per claim, a "Summa" row and the comments per cost-bearing district.
 */
export async function buildApplicationWorkbook(data: ApplicationDocumentData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Statsbidrag – AmF Statsbidragsgruppen';
  wb.title = `Ansökan ${data.reference}`;
  const ws = wb.addWorksheet(WORKBOOK_SHEET);
  ws.columns = [{ width: 18 }, { width: 30 }, { width: 18 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 26 }];

  const title = ws.addRow([`Ansökan om ersättning – ${data.claimType.name} (${data.claimType.code})`]);
  title.font = { bold: true, size: 14 };
  ws.addRow(['Ansökan', data.reference]);
  ws.addRow([]);
  const a = data.applicant;
  const block: [string, string][] = [
    ['Kommun', a.municipalityName],
    ['Kommunkod', a.municipalityCode],
    ['Postadress', a.postalAddress],
    ['Postnummer', a.postalCode],
    ['Postort', a.city],
    ['Kontaktperson', a.contactName],
    ['Telefon', a.phone],
    ['E-post', a.email],
    ['Referens', a.reference ?? ''],
  ];
  for (const [label, value] of block) ws.addRow([label, value]).getCell(1).font = { bold: true };
  ws.addRow([]);
  ws.addRow(['Ersättningstyp', data.claimType.name]).getCell(1).font = { bold: true };
  ws.addRow(['Ersättningskod', data.claimType.code]).getCell(1).font = { bold: true };
  ws.addRow(['Period', `${data.periodFrom} – ${data.periodTo}`]).getCell(1).font = { bold: true };
  ws.addRow([]);

  const header = ws.addRow(['Dossiernummer', 'Namn', 'Personnummer', 'Period från', 'Period till', 'Belopp (kr)', 'Kostnadsbärande stadsdel']);
  header.font = { bold: true };
  const firstDataRow = header.number + 1;
  for (const r of data.rows) {
    const row = ws.addRow([r.dossierNumber ?? '', r.name ?? '', formatPersonalIdentityNumber(r.personalIdentityNumber), r.periodFrom, r.periodTo, kronor(r.amount), r.districtName]);
    row.getCell(6).numFmt = MONEY_FORMAT;
  }
  const lastDataRow = firstDataRow + data.rows.length - 1;
  const total = kronor(totalOf(data.rows));
  const sum = ws.addRow(['Summa', '', '', '', '', data.rows.length ? { formula: `SUM(F${firstDataRow}:F${lastDataRow})`, result: total } : 0, '']);
  sum.font = { bold: true };
  sum.getCell(6).numFmt = MONEY_FORMAT;
  ws.addRow([]);

  ws.addRow(['Kommentarer per stadsdel']).font = { bold: true };
  if (!data.districtComments.length) ws.addRow(['Inga kommentarer.']);
  for (const c of data.districtComments) ws.addRow([c.districtName, c.comment]);

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
