#!/usr/bin/env node
/* global process, console */
// One-shot job of the docker-compose `migrate` service (docs/adr/0006-deployment-compose.md):
// applies every subgraph's migrations, then loads the idempotent demo data, in a fixed order.
// Each step is a separate `node dist/<step>.js` run in the subgraph's own folder, with the
// container's environment (DATABASE_URL …). The first failing step stops the job with its exit
// code, so services that depend on `service_completed_successfully` never start on a half-migrated
// database.
//
//   node migrate.mjs [--root <folder with one folder per subgraph>] [--no-seed]
//
// In the image the subgraphs live in /app/subgraphs/<name>; in a checkout, after `turbo run build`,
// `node packages/platform/compose/migrate.mjs --root subgraphs` does the same.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SUBGRAPH_ORDER = ['person', 'claims', 'allocation', 'decisions', 'appeals'];
export const STEPS = ['migrate', 'seed'];

function parseArgs(argv) {
  const args = { root: resolve(dirname(fileURLToPath(import.meta.url)), 'subgraphs'), seed: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') args.root = resolve(argv[++i] ?? '.');
    else if (argv[i] === '--no-seed') args.seed = false;
    else throw new Error(`Okänt argument: ${argv[i]}`);
  }
  return args;
}

function run(root, subgraph, step) {
  const cwd = join(root, subgraph);
  const script = join('dist', `${step}.js`);
  if (!existsSync(join(cwd, script))) {
    console.error(`[migrate] ${subgraph}: ${script} saknas i ${cwd}`);
    return 1;
  }
  console.log(`[migrate] ${subgraph}: node ${script}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [script], { cwd, stdio: 'inherit', env: process.env });
  if (result.error) {
    console.error(`[migrate] ${subgraph}: ${result.error.message}`);
    return 1;
  }
  const code = result.status ?? 1;
  console.log(`[migrate] ${subgraph}: ${step} ${code === 0 ? 'klar' : `misslyckades (kod ${code})`} efter ${Date.now() - started} ms`);
  return code;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const steps = args.seed ? STEPS : ['migrate'];
  for (const step of steps) {
    for (const subgraph of SUBGRAPH_ORDER) {
      const code = run(args.root, subgraph, step);
      if (code !== 0) return code;
    }
  }
  console.log('[migrate] alla subgrafer migrerade' + (args.seed ? ' och seedade' : ''));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
