import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { ImportProfileEntity, storeProfile, validateProfile, type MappingProfile } from '@statsbidrag/import-engine';
import { BUILT_IN_FLAT_RATE_PROFILES, FIELDS_BY_KIND, isFlatRateImportKind, type FlatRateImportKind } from '../domain/flat-rate-fields.js';

export interface KnownProfile extends MappingProfile {
  kind: FlatRateImportKind;
  builtIn: boolean;
}

export function builtInProfiles(): KnownProfile[] {
  return BUILT_IN_FLAT_RATE_PROFILES.map(({ kind, profile }) => ({ ...profile, kind, builtIn: true }));
}

/** Built-in profiles first, then the administrator's, for one kind or all. */
export async function listProfiles(em: EntityManager, kind?: string | null): Promise<KnownProfile[]> {
  const stored = await em.find(ImportProfileEntity, kind ? { kind } : { kind: { $in: ['GENERALSCHABLON', 'ESERVICE_SCHABLON'] } }, { orderBy: { name: 'asc' } });
  const custom = stored.filter((s) => isFlatRateImportKind(s.kind)).map((s) => ({ ...(s.definition as unknown as MappingProfile), key: s.key, name: s.name, kind: s.kind as FlatRateImportKind, builtIn: false }));
  return [...builtInProfiles().filter((p) => !kind || p.kind === kind), ...custom];
}

/** The profile to read a file with; without a key, the kind's first built-in profile. */
export async function findProfile(em: EntityManager, kind: string, key?: string | null): Promise<KnownProfile> {
  const profiles = await listProfiles(em, kind);
  const found = key ? profiles.find((p) => p.key === key) : profiles[0];
  if (!found) throw new ValidationError('profileKey', `Importprofilen ${key ?? ''} finns inte för den här filtypen.`, 'UNKNOWN_PROFILE');
  return found;
}

export interface ProfileInput {
  key: string;
  kind: string;
  name: string;
  format: string;
  hasHeader: boolean;
  delimiter?: string | null;
  columns: { field: string; headers?: string[] | null; position?: number | null; start?: number | null; length?: number | null }[];
}

const UNKNOWN_KIND = 'Okänd filtyp. Välj generalschablon (GENERALSCHABLON) eller e-tjänstens schabloner (ESERVICE_SCHABLON).';

/** Saves an administrator's profile after checking it against the kind's fields; built-in keys are refused. */
export async function saveProfile(em: EntityManager, input: ProfileInput, username: string): Promise<KnownProfile> {
  if (!isFlatRateImportKind(input.kind)) throw new ValidationError('kind', UNKNOWN_KIND, 'UNKNOWN_KIND');
  const key = input.key?.trim().toUpperCase() ?? '';
  if (builtInProfiles().some((p) => p.key === key)) throw new ConflictError(`${key} är en inbyggd profil och kan inte ändras. Välj en annan nyckel.`, 'BUILT_IN');
  const columns = Object.fromEntries(input.columns.map((c) => [c.field, { headers: c.headers ?? undefined, position: c.position ?? null, start: c.start ?? null, length: c.length ?? null }]));
  const delimiter = input.delimiter === '\\t' ? '\t' : input.delimiter;
  const checked = validateProfile({ key, name: input.name, format: input.format, hasHeader: input.hasHeader, delimiter, columns }, FIELDS_BY_KIND[input.kind]);
  if (!checked.ok) throw ValidationError.of(checked.problems.map((p) => ({ ...p, reason: 'INVALID_PROFILE' })));
  if ((await storeProfile(em, input.kind, checked.profile, username)) === 'KEY_TAKEN') throw new ConflictError(`Nyckeln ${key} används redan av en profil för en annan filtyp.`, 'KEY_TAKEN');
  return { ...checked.profile, kind: input.kind, builtIn: false };
}

export async function deleteProfile(em: EntityManager, key: string): Promise<void> {
  if (builtInProfiles().some((p) => p.key === key)) throw new ConflictError('En inbyggd profil kan inte tas bort.', 'BUILT_IN');
  const deleted = await em.nativeDelete(ImportProfileEntity, { key, kind: { $in: ['GENERALSCHABLON', 'ESERVICE_SCHABLON'] } });
  if (!deleted) throw new NotFoundError('Importprofilen finns inte.');
}
