import type { EntityManager } from '@mikro-orm/postgresql';
import { BUILT_IN_PROFILES, ImportProfileEntity, storeProfile, validateProfile, type MappingProfile } from '@statsbidrag/import-engine';
import { ConflictError, NotFoundError, ValidationError } from '@statsbidrag/graphql-kit';
import { FIELDS_BY_KIND, isImportKind, type ImportKind } from '../domain/mig-fields.js';

export interface KnownProfile extends MappingProfile {
  kind: ImportKind;
  builtIn: boolean;
}

const BUILT_IN_KIND: Record<string, ImportKind> = { MIG_BESLUT: 'MIG_BESLUT', MIG_UTBETALNING: 'MIG_UTBETALNING' };

export function builtInProfiles(): KnownProfile[] {
  return BUILT_IN_PROFILES.filter((p) => p.key in BUILT_IN_KIND).map((p) => ({ ...p, kind: BUILT_IN_KIND[p.key]!, builtIn: true }));
}

/** Built-in profiles first, then the administrator's, for one kind or all. */
export async function listProfiles(em: EntityManager, kind?: string | null): Promise<KnownProfile[]> {
  const stored = await em.find(ImportProfileEntity, kind ? { kind } : {}, { orderBy: { name: 'asc' } });
  const custom = stored.filter((s) => isImportKind(s.kind)).map((s) => ({ ...(s.definition as unknown as MappingProfile), key: s.key, name: s.name, kind: s.kind as ImportKind, builtIn: false }));
  return [...builtInProfiles().filter((p) => !kind || p.kind === kind), ...custom];
}

export async function findProfile(em: EntityManager, kind: string, key: string): Promise<KnownProfile> {
  const found = (await listProfiles(em, kind)).find((p) => p.key === key);
  if (!found) throw new ValidationError('profileKey', `Importprofilen ${key} finns inte för den här filtypen.`, 'UNKNOWN_PROFILE');
  return found;
}

export interface ProfileInput {
  key: string;
  kind: string;
  name: string;
  format: string;
  hasHeader: boolean;
  columns: { field: string; headers?: string[] | null; position?: number | null; start?: number | null; length?: number | null }[];
}

/** Saves an administrator's profile after checking it against the kind's fields; built-in keys are refused. */
export async function saveProfile(em: EntityManager, input: ProfileInput, username: string): Promise<KnownProfile> {
  if (!isImportKind(input.kind)) throw new ValidationError('kind', 'Okänd filtyp. Välj MiG-beslut eller utbetalningsspecifikation.', 'UNKNOWN_KIND');
  const key = input.key?.trim().toUpperCase() ?? '';
  if (builtInProfiles().some((p) => p.key === key)) throw new ConflictError(`${key} är en inbyggd profil och kan inte ändras. Välj en annan nyckel.`, 'BUILT_IN');
  const columns = Object.fromEntries(input.columns.map((c) => [c.field, { headers: c.headers ?? undefined, position: c.position ?? null, start: c.start ?? null, length: c.length ?? null }]));
  const checked = validateProfile({ key, name: input.name, format: input.format, hasHeader: input.hasHeader, columns }, FIELDS_BY_KIND[input.kind]);
  if (!checked.ok) {
    throw ValidationError.of(checked.problems.map((p) => ({ ...p, reason: 'INVALID_PROFILE' })));
  }
  if ((await storeProfile(em, input.kind, checked.profile, username)) === 'KEY_TAKEN') throw new ConflictError(`Nyckeln ${key} används redan av en profil för en annan filtyp.`, 'KEY_TAKEN');
  return { ...checked.profile, kind: input.kind, builtIn: false };
}

export async function deleteProfile(em: EntityManager, key: string): Promise<void> {
  if (builtInProfiles().some((p) => p.key === key)) throw new ConflictError('En inbyggd profil kan inte tas bort.', 'BUILT_IN');
  const deleted = await em.nativeDelete(ImportProfileEntity, { key });
  if (!deleted) throw new NotFoundError('Importprofilen finns inte.');
}
