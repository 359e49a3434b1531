import { ROSE_LIST_FIELDS } from './fields.js';
import type { OcrWord } from './ocr-engine.js';
import { buildRows, findHeader, groupLines, splitLine, suspectWords } from './table.js';

/** Words laid out on a page turned by `slope` (dy/dx) about the origin, as a skewed scan gives them. */
function page(rows: [x: number, y: number, text: string][], slope: number): OcrWord[] {
  return rows.map(([x, y, text]) => {
    const rx = x - slope * y;
    const ry = y + slope * x;
    const symbols = [...text].map((c, i) => ({ text: c, x0: rx + i * 20, x1: rx + i * 20 + 17 }));
    return { text, confidence: 95, x0: rx, x1: rx + text.length * 20, y0: ry - 18, y1: ry + 18, slope, symbols };
  });
}

describe('table from word boxes', () => {
  const words = page(
    [
      [100, 50, 'Beslut om statlig ersättning'],
      [100, 200, 'Diarienummer'], [500, 200, 'Individnummer'], [900, 200, 'Fr'], [940, 200, 'o'], [970, 200, 'm'], [1200, 200, 'Belopp'], [1500, 200, 'Ersättning'],
      ...Array.from({ length: 12 }, (_, i): [number, number, string][] => {
        const y = 280 + i * 80;
        return [[100, y, `8.3.1-2026-1000${i}`], [500, y, `1234567${i}`], [900, y, '2026-01-01'], [1200, y, '12'], [1250, y, '345,00'], [1500, y, 'FSKA']];
      }).flat(),
      [100, 1400, '|Sida'],
    ],
    0.009, // ≈ 0.5°
  );

  it('finds the header line although it spans words ("Fr o m") and the scan is skewed', () => {
    const lines = groupLines(words);
    const header = findHeader(lines, ROSE_LIST_FIELDS);
    expect(header?.columns.map((c) => c.field.key)).toEqual(['caseNumber', 'individualNumber', 'periodFrom', 'amount', 'compensation']);
    expect(lines).toHaveLength(15);
  });

  it('puts every word of a row into its column, also at the bottom of a skewed page', () => {
    const lines = groupLines(words);
    const header = findHeader(lines, ROSE_LIST_FIELDS)!;
    const last = splitLine(lines[header.index + 12]!, header.columns, 12);
    expect(Object.fromEntries([...last].map(([key, list]) => [key, list.map((w) => w.text).join(' ')]))).toEqual({
      caseNumber: '8.3.1-2026-100011', individualNumber: '123456711', periodFrom: '2026-01-01', amount: '12 345,00', compensation: 'FSKA',
    });
  });

  it('joins a cell that wrapped onto a second line, and leaves the page number out', () => {
    const wrapped = page(
      [
        [100, 200, 'Diarienummer'], [500, 200, 'Efternamn'], [900, 200, 'Belopp'], [1200, 200, 'Ersättning'],
        [100, 280, '1234-26'], [500, 280, 'Exempelsdotter-'], [900, 280, '100'], [1200, 280, 'FSKA'],
        [500, 316, 'Lindqvist'],
        [100, 360, '1235-26'], [500, 360, 'Fiktiv'], [900, 360, '200'], [1200, 360, 'GSKA'],
        [100, 600, 'Sida'], [190, 600, '1'],
      ],
      0,
    );
    const lines = groupLines(wrapped);
    const header = findHeader(lines, ROSE_LIST_FIELDS)!;
    const rows = buildRows(lines.slice(header.index + 1), header.columns, 36);
    expect(rows.map((r) => r.cells.get('lastName')?.map((w) => w.text).join(' '))).toEqual(['Exempelsdotter- Lindqvist', 'Fiktiv']);
    expect(rows.map((r) => [...r.continued])).toEqual([['lastName'], []]);
  });

  it('finds no header where the fields are not named', () => {
    expect(findHeader(groupLines(page([[100, 100, 'Kvitto'], [400, 100, 'Summa']], 0)), ROSE_LIST_FIELDS)).toBeNull();
  });
});

describe('suspectWords', () => {
  const digits = (text: string, x0: number, boxes?: [number, number][]): OcrWord => ({
    text, confidence: 90, x0, x1: x0 + text.length * 20, y0: 0, y1: 30, slope: 0,
    symbols: [...text].map((c, i) => ({ text: c, x0: boxes?.[i]?.[0] ?? x0 + i * 20, x1: boxes?.[i]?.[1] ?? x0 + i * 20 + 18 })),
  });
  const page = [digits('19640881', 0), digits('2026', 300), digits('345', 500)];

  it('flags a digit the ink has no room for ("72" read as "172", boxes overlapping)', () => {
    const misread = digits('172', 700, [[700, 716], [710, 722], [722, 740]]);
    expect([...suspectWords([...page, misread])]).toEqual([misread]);
  });

  it('flags a digit box wide enough for two (a dropped digit)', () => {
    const dropped = digits('25', 900, [[900, 918], [920, 960]]);
    expect([...suspectWords([...page, dropped])]).toEqual([dropped]);
  });

  it('leaves well-formed numbers alone', () => {
    expect(suspectWords(page).size).toBe(0);
  });
});
