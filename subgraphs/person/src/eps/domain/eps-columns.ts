/** The columns of an EPS extract that the import reads. */
export const EPS_FIELDS = [
  'personalIdentityNumber',
  'migIndividualNumber',
  'firstName',
  'lastName',
  'address',
  'postalCode',
  'registeredAt',
  'districtName',
  'districtCode',
] as const;
export type EpsField = (typeof EPS_FIELDS)[number];

/** The column name users see (in messages and in `EpsRejectedRow.field`). */
export const EPS_COLUMN_LABELS: Record<EpsField, string> = {
  personalIdentityNumber: 'personnummer',
  migIndividualNumber: 'individnummer',
  firstName: 'förnamn',
  lastName: 'efternamn',
  address: 'adress',
  postalCode: 'postnummer',
  registeredAt: 'folkbokföringsdatum',
  districtName: 'Eps_stadsdelsnamnd',
  districtCode: 'Eps_Stadsdelsnamndskod',
};

/** Lower case, no diacritics, letters and digits only: "Förnamn" → "fornamn", "Eps_Stadsdelsnamnd" → "epsstadsdelsnamnd". */
export function normaliseHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Accepted headers per field (after `normaliseHeader`); Swedish and English names. */
const ALIASES: Record<EpsField, readonly string[]> = {
  personalIdentityNumber: [
    'personnummer', 'personnr', 'pnr', 'samordningsnummer', 'samordningsnr', 'personnummersamordningsnummer',
    'personnummerellersamordningsnummer', 'personalidentitynumber', 'epspersonnummer',
  ],
  migIndividualNumber: ['individnummer', 'individnr', 'migindividnummer', 'individnummermig', 'dossiernummer', 'dossiernr', 'migindividualnumber', 'lmanummer'],
  firstName: ['fornamn', 'tilltalsnamn', 'firstname', 'epsfornamn'],
  lastName: ['efternamn', 'lastname', 'epsefternamn'],
  address: ['adress', 'gatuadress', 'utdelningsadress', 'folkbokforingsadress', 'address', 'epsadress'],
  postalCode: ['postnummer', 'postnr', 'postalcode', 'epspostnummer'],
  registeredAt: ['folkbokforingsdatum', 'folkbokforddatum', 'folkbokfordsedan', 'registreringsdatum', 'registeredat', 'epsfolkbokforingsdatum'],
  districtName: ['epsstadsdelsnamnd', 'stadsdelsnamnd', 'stadsdelsnamndsnamn', 'stadsdel', 'sdn'],
  districtCode: ['epsstadsdelsnamndskod', 'stadsdelsnamndskod', 'stadsdelskod', 'sdnkod'],
};

const FIELD_BY_HEADER = new Map<string, EpsField>(EPS_FIELDS.flatMap((f) => ALIASES[f].map((a) => [a, f] as const)));

export type EpsColumns = Partial<Record<EpsField, number>>;

export type EpsHeaderResult =
  | { ok: true; columns: EpsColumns }
  | { ok: false; reason: 'NO_HEADER' | 'MISSING_COLUMNS' | 'DUPLICATE_COLUMN'; message: string };

const REQUIRED_GROUPS: readonly (readonly EpsField[])[] = [
  ['personalIdentityNumber', 'migIndividualNumber'],
  ['firstName'],
  ['lastName'],
  ['address'],
  ['registeredAt'],
  ['districtCode', 'districtName'],
];

const groupLabel = (group: readonly EpsField[]) => group.map((f) => EPS_COLUMN_LABELS[f]).join(' eller ');

/**
 * Finds the known columns in the header row (case and diacritics do not matter; unknown columns
 * are ignored). Required: an identifier (personnummer or individnummer), förnamn, efternamn,
 * adress, folkbokföringsdatum and the district (code or name).
 */
export function mapEpsHeader(header: readonly unknown[]): EpsHeaderResult {
  const columns: EpsColumns = {};
  for (let i = 0; i < header.length; i++) {
    const cell = header[i];
    if (typeof cell !== 'string') continue;
    const field = FIELD_BY_HEADER.get(normaliseHeader(cell));
    if (!field) continue;
    if (columns[field] !== undefined) {
      return { ok: false, reason: 'DUPLICATE_COLUMN', message: `Kolumnen ${EPS_COLUMN_LABELS[field]} finns två gånger i rubrikraden.` };
    }
    columns[field] = i;
  }
  const texts = header.filter((c): c is string => typeof c === 'string' && c.trim() !== '');
  const looksLikeData = texts.length === 0 || header.some((c) => typeof c === 'number' || c instanceof Date || (typeof c === 'string' && /\d{4}/.test(c)));
  if (Object.keys(columns).length === 0 && looksLikeData) {
    return {
      ok: false,
      reason: 'NO_HEADER',
      message:
        'Filen saknar rubrikrad. Första raden ska innehålla kolumnnamnen, t.ex. personnummer, individnummer, förnamn, efternamn, adress, postnummer, folkbokföringsdatum, Eps_stadsdelsnamnd, Eps_Stadsdelsnamndskod.',
    };
  }
  const missing = REQUIRED_GROUPS.filter((g) => g.every((f) => columns[f] === undefined)).map(groupLabel);
  if (missing.length > 0) {
    const unknown = Object.keys(columns).length === 0 ? ` Rubrikraden har bara okända kolumner (${texts.slice(0, 10).join(', ')}).` : '';
    return { ok: false, reason: 'MISSING_COLUMNS', message: `Kolumner saknas i rubrikraden: ${missing.join(', ')}.${unknown}` };
  }
  return { ok: true, columns };
}
