import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/platform (works from src/compose and from dist/compose). */
export const PLATFORM_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO_ROOT = resolve(PLATFORM_DIR, '..', '..');
export const COMPOSE_ASSETS_DIR = resolve(PLATFORM_DIR, 'compose');
export const KEYCLOAK_IMPORT_DIR = resolve(COMPOSE_ASSETS_DIR, 'keycloak');
export const KEYCLOAK_REALM_FILE = resolve(KEYCLOAK_IMPORT_DIR, 'statsbidrag-realm.json');
export const COMPOSE_FILE = resolve(REPO_ROOT, 'docker-compose.yml');
