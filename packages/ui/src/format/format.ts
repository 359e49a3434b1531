import { formatKronor as formatKronorOfDomain } from '@statsbidrag/domain';

/** Money is integer öre; 123456 → "1 234,56 kr" (same rule as @statsbidrag/domain); no amount yet → "–". */
export function formatKronor(ore: number | null | undefined): string {
  return ore == null ? '–' : formatKronorOfDomain(ore);
}

/** 123456 öre → "1234,56": a plain number for spreadsheets (no thousands separator, no unit); no amount → "". */
export function formatKronorPlain(ore: number | null | undefined): string {
  if (ore == null) return '';
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** "2025-01-31" (GraphQL Date) → "2025-01-31"; also accepts a DateTime and shows its Stockholm date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** A DateTime in Stockholm time: "2025-01-31 14:05". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A period "2025-01-01 – 2025-03-31" (en dash). */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** A count in Swedish grouping: 12345 → "12 345". */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('sv-SE').format(value);
}
