/** A registration as the person subgraph reports it: from this date the person belonged to this district. */
export interface Registration {
  from: string;
  districtCode: string | null;
}

/**
 * The person's district on a date (ÅÅÅÅ-MM-DD): the latest registration starting on or before it.
 * Null when the person had no registration then (no address, or not yet registered).
 */
export function districtAt(registrations: readonly Registration[], date: string): string | null {
  let found: string | null = null;
  let foundFrom = '';
  for (const r of registrations) {
    if (r.from <= date && r.from >= foundFrom) {
      found = r.districtCode;
      foundFrom = r.from;
    }
  }
  return found;
}
