import { agressoFile, agressoLayout, DEFAULT_AGRESSO_LAYOUT } from './agresso-file.js';
import type { SheetContent, SheetLineContent } from './sheet-content.js';

const line = (compensationCode: string, kind: SheetLineContent['kind'], districtCode: string | null, amount: number): SheetLineContent => ({
  compensationCode,
  kind,
  districtCode,
  paid: Math.max(amount, 0),
  recovered: Math.max(-amount, 0),
  amount,
  ageBands: [],
});
const content = {
  month: '2025-03',
  lines: [
    line('NSCH', 'DISTRICT', 'FARSTA', 1000_50),
    line('EKBP', 'DISTRICT', 'FARSTA', 200_00),
    line('NSCH', 'DISTRICT', 'JARVA', -300_25),
    line('NSCH', 'DISTRICT', 'BROMMA', 0),
    line('NSCH', 'AMF_REVENUE', null, 999_00),
    line('EKBP', 'UNALLOCATED', null, 555_00),
  ],
} as SheetContent;
const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('Agresso payment file', () => {
  it('has one line per district cost centre with the district’s sum; AmF revenue, unallocated and zero districts are left out', () => {
    const file = agressoFile({ month: '2025-03', version: 2 }, content, DEFAULT_AGRESSO_LAYOUT);
    expect(file.fileName).toBe('agresso-2025-03-v2.txt');
    expect(decode(file.contentBase64)).toBe('SDF-FARSTA;3510;202503;1200,50;Statsbidrag flykting 2025-03 v2\r\nSDF-JARVA;3510;202503;-300,25;Statsbidrag flykting 2025-03 v2\r\n');
  });

  it('follows the configured layout: column order, delimiter, decimal point, header, account and cost centres', () => {
    const layout = agressoLayout({
      AGRESSO_LAYOUT: JSON.stringify({ delimiter: '\t', columns: ['period', 'costCentre', 'amount', 'districtCode'], decimalSeparator: '.', header: true, account: '3999' }),
      AGRESSO_COST_CENTRES: JSON.stringify({ FARSTA: '5120', JARVA: '5120' }),
    });
    expect(decode(agressoFile({ month: '2025-03', version: 1 }, content, layout).contentBase64)).toBe('period\tcostCentre\tamount\tdistrictCode\r\n202503\t5120\t900.25\tFARSTA\r\n');
  });

  it('refuses an unknown column in the configuration', () => {
    expect(() => agressoLayout({ AGRESSO_LAYOUT: JSON.stringify({ columns: ['costCentre', 'iban'] }) })).toThrow(/okända kolumner: iban/);
  });
});
