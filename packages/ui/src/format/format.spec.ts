import { formatDate, formatKronor, formatKronorPlain, formatPeriod } from './format.js';

describe('money and dates for Swedish readers', () => {
  it('shows öre as kronor with space grouping and comma decimals', () => {
    expect(formatKronor(123456)).toBe('1\u00a0234,56\u00a0kr');
    expect(formatKronor(5)).toBe('0,05\u00a0kr');
  });

  it('writes plain kronor for spreadsheets', () => {
    expect(formatKronorPlain(123456)).toBe('1234,56');
    expect(formatKronorPlain(-5)).toBe('-0,05');
  });

  it('shows dates and periods', () => {
    expect(formatDate('2025-01-31')).toBe('2025-01-31');
    expect(formatDate('2025-01-31T23:30:00Z')).toBe('2025-02-01');
    expect(formatPeriod('2025-01-01', '2025-03-31')).toBe('2025-01-01 – 2025-03-31');
  });
});
