import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatPersonalIdentityNumber, postalLine, totalOf, type ApplicationDocumentData } from './application-data.js';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 45;
const ROW = 15;

/** Names of the AcroForm text fields (the key values, readable by a program). */
export const FORM_FIELDS = {
  claimType: 'claimType',
  claimTypeCode: 'claimTypeCode',
  reference: 'reference',
  period: 'period',
  municipality: 'applicant.municipality',
  municipalityCode: 'applicant.municipalityCode',
  postalAddress: 'applicant.postalAddress',
  contactName: 'applicant.contactName',
  phone: 'applicant.phone',
  email: 'applicant.email',
  applicantReference: 'applicant.reference',
  total: 'total',
} as const;

/** Only characters the standard fonts can draw (WinAnsi: å ä ö é … are fine); others become "?". */
export function winAnsiSafe(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u2212/g, '-')
    .replace(/[\u202f\u2009]/g, ' ')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u20ac\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/g, '?');
}

/** 123456 öre → "1 234,56" (no currency; spaces as thousands separator). */
export function formatAmount(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(Math.round(ore));
  const kr = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${kr},${String(abs % 100).padStart(2, '0')}`;
}

function fit(text: string, font: PDFFont, size: number, width: number): string {
  let t = winAnsiSafe(text);
  if (font.widthOfTextAtSize(t, size) <= width) return t;
  while (t.length > 1 && font.widthOfTextAtSize(`${t}…`, size) > width) t = t.slice(0, -1);
  return `${t}…`;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of winAnsiSafe(text).split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines.map((l) => fit(l, font, size, width));
}

/**
 * MiG:s ansökningsblankett as a PDF: title with the claim type, the applicant block, the period, a
 * table of persons and amounts (continued on further pages), the total, the district comments and a
 * signature block. The key values are also AcroForm text fields (see FORM_FIELDS).
 */
export async function buildApplicationFormPdf(data: ApplicationDocumentData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsiSafe(`Ansökan om ersättning – ${data.claimType.name} (${data.claimType.code}) ${data.reference}`));
  doc.setLanguage('sv-SE');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const width = A4[0] - 2 * MARGIN;

  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const newPage = () => {
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
    page.drawText(fit(`Ansökan ${data.reference} (forts.)`, font, 9, width), { x: MARGIN, y, size: 9, font });
    y -= 2 * ROW;
  };
  const ensure = (space: number) => {
    if (y - space < MARGIN) newPage();
  };
  const text = (t: string, x: number, opts: { size?: number; f?: PDFFont; maxWidth?: number } = {}) => {
    const size = opts.size ?? 10;
    const f = opts.f ?? font;
    page.drawText(fit(t, f, size, opts.maxWidth ?? A4[0] - MARGIN - x), { x, y, size, font: f });
  };
  const field = (name: string, value: string, x: number, w: number) => {
    const f = form.createTextField(name);
    f.setText(winAnsiSafe(value));
    f.addToPage(page, { x, y: y - 4, width: w, height: 15, font, borderWidth: 0, backgroundColor: rgb(0.95, 0.95, 0.95) });
    f.setFontSize(10);
  };

  // Title
  for (const line of wrap(`Ansökan om ersättning – ${data.claimType.name} (${data.claimType.code})`, bold, 16, width)) {
    text(line, MARGIN, { size: 16, f: bold });
    y -= 22;
  }
  const labelX = MARGIN;
  const valueX = MARGIN + 130;
  const valueW = width - 130;
  const pair = (label: string, name: string, value: string) => {
    text(label, labelX, { f: bold, maxWidth: 125 });
    field(name, value, valueX, valueW);
    y -= ROW + 4;
  };
  pair('Ansökan', FORM_FIELDS.reference, data.reference);
  pair('Ersättningstyp', FORM_FIELDS.claimType, data.claimType.name);
  pair('Ersättningskod', FORM_FIELDS.claimTypeCode, data.claimType.code);
  pair('Period', FORM_FIELDS.period, `${data.periodFrom} – ${data.periodTo}`);
  y -= 6;
  text('Sökande', MARGIN, { size: 12, f: bold });
  y -= ROW + 4;
  const a = data.applicant;
  pair('Kommun', FORM_FIELDS.municipality, a.municipalityName);
  pair('Kommunkod', FORM_FIELDS.municipalityCode, a.municipalityCode);
  pair('Postadress', FORM_FIELDS.postalAddress, postalLine(a));
  pair('Kontaktperson', FORM_FIELDS.contactName, a.contactName);
  pair('Telefon', FORM_FIELDS.phone, a.phone);
  pair('E-post', FORM_FIELDS.email, a.email);
  pair('Referens', FORM_FIELDS.applicantReference, a.reference ?? '');
  y -= 6;

  // Persons and amounts
  const cols = [
    { label: 'Dossiernr', x: MARGIN, w: 60 },
    { label: 'Namn', x: MARGIN + 62, w: 128 },
    { label: 'Personnummer', x: MARGIN + 192, w: 78 },
    { label: 'Period', x: MARGIN + 272, w: 112 },
    { label: 'Stadsdel', x: MARGIN + 386, w: 60 },
  ];
  const amountRight = A4[0] - MARGIN;
  const header = () => {
    for (const c of cols) text(c.label, c.x, { f: bold, size: 9, maxWidth: c.w });
    const label = 'Belopp (kr)';
    page.drawText(label, { x: amountRight - bold.widthOfTextAtSize(label, 9), y, size: 9, font: bold });
    page.drawLine({ start: { x: MARGIN, y: y - 4 }, end: { x: amountRight, y: y - 4 }, thickness: 0.5 });
    y -= ROW + 2;
  };
  ensure(3 * ROW);
  text('Personer och belopp', MARGIN, { size: 12, f: bold });
  y -= ROW + 4;
  header();
  for (const r of data.rows) {
    if (y - ROW < MARGIN) {
      newPage();
      header();
    }
    const cells = [r.dossierNumber ?? '', r.name ?? '', formatPersonalIdentityNumber(r.personalIdentityNumber), `${r.periodFrom} – ${r.periodTo}`, r.districtName];
    cells.forEach((c, i) => text(c, cols[i]!.x, { size: 9, maxWidth: cols[i]!.w }));
    const amount = formatAmount(r.amount);
    page.drawText(amount, { x: amountRight - font.widthOfTextAtSize(amount, 9), y, size: 9, font });
    y -= ROW;
  }
  ensure(3 * ROW);
  page.drawLine({ start: { x: MARGIN, y: y + ROW - 4 }, end: { x: amountRight, y: y + ROW - 4 }, thickness: 0.5 });
  text(`Summa (${data.rows.length} ${data.rows.length === 1 ? 'person' : 'personer'})`, MARGIN, { f: bold });
  field(FORM_FIELDS.total, formatAmount(totalOf(data.rows)), amountRight - 120, 120);
  y -= ROW + 4;
  y -= 8;

  // District comments
  ensure(3 * ROW);
  text('Kommentarer per kostnadsbärande stadsdel', MARGIN, { size: 12, f: bold });
  y -= ROW + 4;
  if (!data.districtComments.length) {
    text('Inga kommentarer.', MARGIN);
    y -= ROW;
  }
  for (const c of data.districtComments) {
    ensure(2 * ROW);
    text(c.districtName, MARGIN, { f: bold });
    y -= ROW;
    for (const line of wrap(c.comment, font, 10, width - 10)) {
      ensure(ROW);
      text(line, MARGIN + 10);
      y -= ROW;
    }
    y -= 4;
  }

  // Signature block
  ensure(7 * ROW);
  y -= ROW;
  text('Underskrift', MARGIN, { size: 12, f: bold });
  y -= 3 * ROW;
  const sign = (label: string, x: number, w: number) => {
    page.drawLine({ start: { x, y: y + 12 }, end: { x: x + w, y: y + 12 }, thickness: 0.5 });
    text(label, x, { size: 9, maxWidth: w });
  };
  const half = (width - 20) / 2;
  sign('Underskrift', MARGIN, half);
  sign('Namnförtydligande', MARGIN + half + 20, half);
  y -= 3 * ROW;
  sign('Ort och datum', MARGIN, half);

  form.updateFieldAppearances(font);
  return doc.save();
}
