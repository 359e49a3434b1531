import type { EntityManager } from '@mikro-orm/postgresql';
import { ImportProfileEntity } from './entities.js';
import type { MappingProfile } from './mapping.js';

/**
 * Stores an administrator's profile (already checked with validateProfile) under its key for one
 * kind of file: updates the earlier version, or creates it, and flushes. Answers KEY_TAKEN, storing
 * nothing, when the key belongs to a profile of another kind; the caller turns that into its error.
 * Used by the decisions subgraph (MiG files) and the allocation subgraph (flat-rate files).
 */
export async function storeProfile(em: EntityManager, kind: string, profile: MappingProfile, username: string): Promise<'STORED' | 'KEY_TAKEN'> {
  const { key, ...rest } = profile;
  const definition = rest as unknown as Record<string, unknown>;
  const existing = await em.findOne(ImportProfileEntity, { key });
  if (existing) {
    if (existing.kind !== kind) return 'KEY_TAKEN';
    existing.name = profile.name;
    existing.definition = definition;
    existing.updatedBy = username;
  } else {
    em.create(ImportProfileEntity, { key, kind, name: profile.name, definition, createdBy: username, updatedBy: username });
  }
  await em.flush();
  return 'STORED';
}
