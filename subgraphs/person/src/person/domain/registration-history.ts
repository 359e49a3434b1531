import { districtValidOn, type DistrictValidity } from '../../district/domain/district-validity.js';

/** One population registration (folkbokföring) as far as the history rules need it. */
export interface RegistrationFact {
  registeredAt: string;
  districtCode?: string | null;
  /** When the row was recorded; breaks ties between registrations with the same date. */
  createdAt?: Date | string | null;
}

const time = (v: Date | string | null | undefined) => (v == null ? 0 : new Date(v).getTime());

/** Newest first: by registration date, then by when it was recorded. */
export function compareNewestFirst(a: RegistrationFact, b: RegistrationFact): number {
  if (a.registeredAt !== b.registeredAt) return a.registeredAt < b.registeredAt ? 1 : -1;
  return time(b.createdAt) - time(a.createdAt);
}

/** The registration valid on `date`: the latest one registered on or before that date. */
export function registrationOn<T extends RegistrationFact>(registrations: readonly T[], date: string): T | null {
  let best: T | null = null;
  for (const r of registrations) {
    if (r.registeredAt > date) continue;
    if (best === null || compareNewestFirst(r, best) < 0) best = r;
  }
  return best;
}

/** The latest registration, whatever its date. */
export function latestRegistration<T extends RegistrationFact>(registrations: readonly T[]): T | null {
  return registrationOn(registrations, '9999-12-31');
}

/**
 * The person's district on `date`: the district of the registration valid then, and when that
 * district no longer existed on `date` (e.g. Rinkeby-Kista after 2023-06-30) the district that
 * took over (Järva). Null when there was no registration yet or it has no known district.
 */
export function districtOn<D extends DistrictValidity>(
  registrations: readonly RegistrationFact[],
  date: string,
  districts: ReadonlyMap<string, D> | readonly D[],
): D | null {
  const registration = registrationOn(registrations, date);
  return registration?.districtCode ? districtValidOn(registration.districtCode, date, districts) : null;
}
