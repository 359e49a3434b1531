export type KronorInputResult = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads an amount typed in kronor ("12 345,50", "12345.5", "12 345 kr") as integer öre, and says in
 * Swedish what is wrong. An empty field is `{ ok: true, value: null }`.
 */
export function parseKronorInput(input: string, { label = 'Beloppet', allowZero = false }: { label?: string; allowZero?: boolean } = {}): KronorInputResult {
  const raw = input.replace(/\s|\u00a0/g, '').replace(/kr$/i, '');
  if (!raw) return { ok: true, value: null };
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(raw);
  if (!match) return { ok: false, message: `${label} ska anges i kronor, till exempel 12 345,50.` };
  if (match[1]) return { ok: false, message: `${label} kan inte vara negativt.` };
  const ore = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return { ok: false, message: `${label} är för stort.` };
  if (ore === 0 && !allowZero) return { ok: false, message: `${label} måste vara större än noll.` };
  return { ok: true, value: ore };
}

/** "1 234,50" / "1234.5" / "1 234 kr" kronor → öre; '' → null; anything else (also negative) → NaN. */
export function parseKronor(text: string): number | null {
  const result = parseKronorInput(text, { allowZero: true });
  return result.ok ? result.value : Number.NaN;
}
