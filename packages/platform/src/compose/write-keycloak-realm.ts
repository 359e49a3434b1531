/**
 * Writes the Keycloak realm generated from the demo users to
 * packages/platform/compose/keycloak/statsbidrag-realm.json (committed).
 *   pnpm --filter @statsbidrag/platform build && pnpm --filter @statsbidrag/platform keycloak-realm
 *   … keycloak-realm --check   exits 1 when the committed file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { renderKeycloakRealm } from './keycloak-realm.js';
import { KEYCLOAK_REALM_FILE, REPO_ROOT } from './paths.js';

const check = process.argv.includes('--check');
const wanted = renderKeycloakRealm();
const current = existsSync(KEYCLOAK_REALM_FILE) ? readFileSync(KEYCLOAK_REALM_FILE, 'utf8') : null;
const shown = relative(REPO_ROOT, KEYCLOAK_REALM_FILE);

if (check) {
  if (current !== wanted) {
    console.error(`${shown} är inaktuell: kör \`pnpm --filter @statsbidrag/platform keycloak-realm\`.`);
    process.exitCode = 1;
  } else {
    console.log(`${shown} är aktuell.`);
  }
} else if (current === wanted) {
  console.log(`${shown} är redan aktuell.`);
} else {
  mkdirSync(dirname(KEYCLOAK_REALM_FILE), { recursive: true });
  writeFileSync(KEYCLOAK_REALM_FILE, wanted);
  console.log(`Skrev ${shown}.`);
}
