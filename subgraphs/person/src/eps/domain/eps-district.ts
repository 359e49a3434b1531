import { districtValidOn, type DistrictValidity } from '../../district/domain/district-validity.js';

export interface NamedDistrict extends DistrictValidity {
  name: string;
}

const stripDiacritics = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** "Rinkeby-Kista" / "rinkeby kista" / "RINKEBY_KISTA" → "RINKEBY_KISTA". */
export function normaliseDistrictCode(value: string): string {
  return stripDiacritics(value).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/** "Järva stadsdelsnämnd" / "JARVA SDN" / "järva" → "jarva". */
export function normaliseDistrictName(value: string): string {
  return stripDiacritics(value)
    .toLowerCase()
    .replace(/\b(stadsdelsnamnd|stadsdelsforvaltning|stadsdelsomrade|sdn|sdf)\b/g, ' ')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The district of an EPS row: `Eps_Stadsdelsnamndskod` against the district codes, else
 * `Eps_stadsdelsnamnd` against the names (case and diacritics do not matter), then the district
 * valid on the registration date (a pre-2023 district registered after the merger becomes its
 * successor). Null when neither is known.
 */
export function resolveEpsDistrict<D extends NamedDistrict>(
  given: { districtCode: string | null; districtName: string | null },
  date: string,
  districts: readonly D[],
): D | null {
  let match: D | undefined;
  if (given.districtCode) {
    const key = normaliseDistrictCode(given.districtCode);
    match = districts.find((d) => normaliseDistrictCode(d.code) === key);
  }
  if (!match && given.districtName) {
    const key = normaliseDistrictName(given.districtName);
    match = key ? districts.find((d) => normaliseDistrictName(d.name) === key) : undefined;
  }
  return match ? districtValidOn(match.code, date, districts) : null;
}
