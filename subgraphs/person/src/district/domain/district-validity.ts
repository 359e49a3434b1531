/**
 * Districts over time (docs/../REFERENCE-FACTS §3): 13 stadsdelsnämnder until 2023-06-30, 11 from
 * 2023-07-01. A district that has ended points to the one that took over (`successorCode`).
 * Dates are ISO calendar dates (ÅÅÅÅ-MM-DD), which compare correctly as strings.
 */
export interface DistrictValidity {
  code: string;
  validFrom: string;
  validTo?: string | null;
  successorCode?: string | null;
}

export function isValidOn(district: DistrictValidity, date: string): boolean {
  return district.validFrom <= date && (district.validTo == null || district.validTo >= date);
}

function toMap<T extends DistrictValidity>(districts: ReadonlyMap<string, T> | readonly T[]): ReadonlyMap<string, T> {
  return districts instanceof Map ? districts : new Map((districts as readonly T[]).map((d) => [d.code, d]));
}

/**
 * The district that `code` stands for on `date`: the district itself when it is valid then;
 * when it had already ended, its successor (following a chain of mergers) that is valid then.
 * A date before the district existed keeps the district (a merged district has several
 * predecessors, so there is no single one to go back to); so does an ended district without a
 * successor (the last one known). Null only for a code that is not a district.
 */
export function districtValidOn<T extends DistrictValidity>(code: string, date: string, districts: ReadonlyMap<string, T> | readonly T[]): T | null {
  const byCode = toMap(districts);
  let current = byCode.get(code);
  if (!current) return null;
  const seen = new Set<string>();
  while (current.validTo != null && current.validTo < date && current.successorCode && !seen.has(current.code)) {
    seen.add(current.code);
    const next = byCode.get(current.successorCode);
    if (!next) break;
    current = next;
  }
  return current;
}
