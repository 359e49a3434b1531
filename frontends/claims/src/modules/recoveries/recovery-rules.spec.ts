import { summaryRows } from './excel/recoveries-excel.js';
import { checkNewRecovery, documentContentType, documentProblem, EMPTY_NEW_RECOVERY, formFieldOf, mayDecideAppeal, mayWriteMessage } from './recovery-rules.js';
import { JARVA } from './test-data.js';

const VALID = { ...EMPTY_NEW_RECOVERY, personId: 'p-1', compensationCode: 'FSKA', periodFrom: '2026-01-01', periodTo: '2026-01-31', amount: '100', reason: 'Fel.' };

describe('checkNewRecovery', () => {
  it('gives the input with the amount in öre and empty optional fields as null', () => {
    expect(checkNewRecovery({ ...VALID, amount: '12 345,5' })).toEqual({
      ok: true,
      input: { personId: 'p-1', compensationCode: 'FSKA', periodFrom: '2026-01-01', periodTo: '2026-01-31', amount: 1_234_550, reason: 'Fel.', migCaseNumber: null, decidedAt: null, proposedAction: null, districtCode: null },
    });
  });

  it('refuses 0, negative and malformed amounts, a reversed period and a decision date in the future', () => {
    const errors = (values: Partial<typeof VALID>) => {
      const result = checkNewRecovery({ ...VALID, ...values }, '2026-11-24');
      return result.ok ? {} : result.errors;
    };
    expect(errors({ amount: '0' }).amount).toBe('Beloppet måste vara större än noll.');
    expect(errors({ amount: '-1' }).amount).toBe('Beloppet kan inte vara negativt.');
    expect(errors({ amount: '' }).amount).toBe('Fyll i beloppet som ska återkrävas.');
    expect(errors({ amount: '1,234' }).amount).toBe('Beloppet ska anges i kronor, till exempel 12 345,50.');
    expect(errors({ periodFrom: '2026-02-01', periodTo: '2026-01-31' }).periodTo).toBe('Perioden kan inte sluta före den börjar.');
    expect(errors({ periodFrom: '2026-02-30' }).periodFrom).toContain('är inget giltigt datum');
    expect(errors({ decidedAt: '2026-11-25' }).decidedAt).toBe('Beslutsdatum kan inte vara ett datum i framtiden.');
    expect(errors({ reason: '   ' }).reason).toBe('Beskriv varför utbetalningen var felaktig.');
  });
});

describe('documents in the thread', () => {
  it('accepts PDF, Word, Excel, PNG and JPEG up to 10 MB', () => {
    for (const name of ['a.pdf', 'b.docx', 'c.doc', 'd.xlsx', 'e.xls', 'f.png', 'g.JPG', 'h.jpeg']) expect(documentProblem({ name, size: 10 * 1024 * 1024 })).toBeNull();
    expect(documentContentType('g.JPG')).toBe('image/jpeg');
    expect(documentContentType('d.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses an empty, too large or other file', () => {
    expect(documentProblem({ name: 'a.pdf', size: 0 })).toBe('Filen a.pdf är tom.');
    expect(documentProblem({ name: 'a.pdf', size: 10 * 1024 * 1024 + 1 })).toContain('Största tillåtna storlek är 10 MB.');
    expect(documentProblem({ name: 'a.gif', size: 10 })).toContain('inte en tillåten filtyp');
    expect(documentProblem({ name: 'pdf', size: 10 })).toContain('inte en tillåten filtyp');
  });
});

describe('who may do what', () => {
  it('lets the district contact of the district or a coordinator decide, and the district staff or AmF write', () => {
    const contact = { roles: ['DISTRICT_CONTACT'], districts: [JARVA] };
    expect(mayDecideAppeal(contact, 'JARVA')).toBe(true);
    expect(mayDecideAppeal(contact, 'SODERMALM')).toBe(false);
    expect(mayDecideAppeal({ roles: ['DISTRICT_OFFICER'], districts: [JARVA] }, 'JARVA')).toBe(false);
    expect(mayDecideAppeal({ roles: ['COORDINATOR'], districts: [] }, 'JARVA')).toBe(true);
    expect(mayDecideAppeal({ roles: ['ADMINISTRATOR'], districts: [] }, 'JARVA')).toBe(false);
    expect(mayWriteMessage({ roles: ['DISTRICT_OFFICER'], districts: [JARVA] }, 'JARVA')).toBe(true);
    expect(mayWriteMessage({ roles: ['ADMINISTRATOR'], districts: [] }, null)).toBe(true);
    expect(mayWriteMessage({ roles: ['FINANCE_MANAGER'], districts: [] }, 'JARVA')).toBe(false);
  });

  it("reads the server's field name with or without the input prefix", () => {
    expect(formFieldOf('input.amount')).toBe('amount');
    expect(formFieldOf('periodTo')).toBe('periodTo');
    expect(formFieldOf('somethingElse')).toBeNull();
  });
});

describe('summaryRows', () => {
  it('adds a total row whose sums are the parts, after the districts in Swedish order', () => {
    const rows = summaryRows([
      { districtCode: 'OSTERMALM', district: { code: 'OSTERMALM', name: 'Östermalm' }, count: 2, openCount: 1, amount: 300, offsetAmount: 100, remainingAmount: 200 },
      { districtCode: 'ALVSJO', district: { code: 'ALVSJO', name: 'Älvsjö' }, count: 1, openCount: 0, amount: 50, offsetAmount: 50, remainingAmount: 0 },
      { districtCode: 'BROMMA', district: { code: 'BROMMA', name: 'Bromma' }, count: 4, openCount: 4, amount: 1_000, offsetAmount: 0, remainingAmount: 1_000 },
    ]);
    expect(rows.map((r) => r.name)).toEqual(['Bromma', 'Älvsjö', 'Östermalm', 'Totalt']);
    expect(rows[3]).toMatchObject({ isTotal: true, count: 7, openCount: 5, amount: 1_350, offsetAmount: 150, remainingAmount: 1_200 });
    expect(summaryRows([])).toEqual([expect.objectContaining({ name: 'Totalt', count: 0, amount: 0 })]);
  });
});
