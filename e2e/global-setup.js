// Plain ESM (jest loads global setup outside its transform): install Chromium when missing and
// start the real platform (processes, embedded PostgreSQL, built frontends) on ports of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { freePort } from '@statsbidrag/db';
import { startPlatform } from '@statsbidrag/platform';

export const E2E_PORTS = { gateway: 4100, person: 4101, claims: 4102, allocation: 4103, decisions: 4104, appeals: 4105, portal: 3100, sdf: 3101, claimsRemote: 3102 };

/** Debian's Chromium: Playwright's own browser download does not work here. */
function ensureChromium(path) {
  if (existsSync(path)) return;
  if (userInfo().uid !== 0) throw new Error(`Chromium saknas (${path}). Installera det: sudo apt-get install -y chromium, eller sätt CHROMIUM_PATH.`);
  console.log('Chromium saknas – installerar Debians chromium med apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(path)) throw new Error(`Chromium installerades men finns inte på ${path}.`);
}

export default async function globalSetup() {
  ensureChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const platform = await startPlatform({ root, persistent: false, quiet: true, env: process.env, ports: { ...E2E_PORTS, postgres: await freePort() } });
  globalThis.__E2E_PLATFORM__ = platform;
  process.env.E2E_PORTAL_URL = platform.urls.portal;
  process.env.E2E_SDF_URL = platform.urls.sdf;
}
