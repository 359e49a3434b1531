import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS } from '@statsbidrag/demo-data';
import { ROLE_LABELS } from '@statsbidrag/domain';
import { startEmbeddedPostgres, type RunningPostgres } from '@statsbidrag/db/embedded';
import { assertPortsFree } from './ports.js';
import { runTask, startProcess, waitForHealth, type ManagedProcess } from './processes.js';

export const SUBGRAPH_NAMES = ['person', 'claims', 'allocation', 'decisions', 'appeals'] as const;

export interface PlatformPorts {
  gateway: number;
  person: number;
  claims: number;
  allocation: number;
  decisions: number;
  appeals: number;
  portal: number;
  sdf: number;
  claimsRemote: number;
  postgres: number;
}

export const DEFAULT_PORTS: PlatformPorts = {
  gateway: 4000, person: 4001, claims: 4002, allocation: 4003, decisions: 4004, appeals: 4005,
  portal: 3000, sdf: 3001, claimsRemote: 3002, postgres: 54329,
};

export interface PlatformOptions {
  root: string;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl?: string;
  /** Keep the embedded database in `<root>/.pgdata` between starts (default true). */
  persistent?: boolean;
  ports?: Partial<PlatformPorts>;
  seed?: boolean;
  quiet?: boolean;
  /** The environment every service inherits (PATH, AUTH_MODE, OIDC_*, secrets, SMTP_URL …). */
  env?: NodeJS.ProcessEnv;
}

export interface RunningPlatform {
  urls: { gateway: string; graphql: string; portal: string; sdf: string; claimsRemote: string; database: string };
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const ports = { ...DEFAULT_PORTS, ...options.ports };
  const log = (msg: string) => {
    if (!options.quiet) console.log(msg);
  };
  const processes: ManagedProcess[] = [];
  let postgres: RunningPostgres | null = null;

  const stop = async () => {
    for (const p of [...processes].reverse()) await p.stop();
    if (postgres) await postgres.stop();
  };

  try {
    const { postgres: _pgPort, ...servicePorts } = ports;
    await assertPortsFree(servicePorts, HOST);
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      log(`• Startar inbäddad PostgreSQL${options.persistent === false ? '' : ' (data i .pgdata/)'}…`);
      postgres = await startEmbeddedPostgres({
        persistent: options.persistent ?? true,
        dataDir: join(options.root, '.pgdata'),
        port: ports.postgres,
        name: 'platform',
      });
      await postgres.ensureDatabase('statsbidrag');
      databaseUrl = postgres.urlFor('statsbidrag');
    }

    const baseEnv: NodeJS.ProcessEnv = { ...options.env, DATABASE_URL: databaseUrl, HOST };
    const present = SUBGRAPH_NAMES.filter((n) => existsSync(join(options.root, 'subgraphs', n, 'dist', 'main.js')));

    log('• Migrerar databasen (en uppgift per subgraf)…');
    for (const name of present) {
      await runTask(`${name}: migrering`, [join(options.root, 'subgraphs', name, 'dist', 'migrate.js')], { cwd: options.root, env: baseEnv });
    }
    if (options.seed !== false) {
      log('• Lägger in demodata (idempotent)…');
      for (const name of present) {
        await runTask(`${name}: demodata`, [join(options.root, 'subgraphs', name, 'dist', 'seed.js')], { cwd: options.root, env: baseEnv });
      }
    }

    log('• Startar subgrafer…');
    const subgraphUrls: Record<string, string> = {};
    let index = 0;
    await Promise.all(
      present.map(async (name) => {
        const port = ports[name];
        const p = startProcess(name, [join(options.root, 'subgraphs', name, 'dist', 'main.js')], {
          cwd: options.root,
          env: { PORTAL_PUBLIC_URL: `http://${HOST}:${ports.portal}`, SDF_PUBLIC_URL: `http://${HOST}:${ports.sdf}`, ...baseEnv, PORT: String(port) },
          quiet: options.quiet,
          index: index++,
        });
        processes.push(p);
        subgraphUrls[`SUBGRAPH_URL_${name.toUpperCase()}`] = `http://${HOST}:${port}/graphql`;
        await waitForHealth(name, `http://${HOST}:${port}/health`, p);
      }),
    );

    const origins = [ports.portal, ports.sdf, ports.claimsRemote].flatMap((p) => [`http://${HOST}:${p}`, `http://localhost:${p}`]).join(',');
    log('• Startar gateway…');
    const gateway = startProcess('gateway', [join(options.root, 'gateway', 'dist', 'main.js')], {
      cwd: options.root,
      env: { ...baseEnv, ...subgraphUrls, PORT: String(ports.gateway), FRONTEND_ORIGINS: options.env?.FRONTEND_ORIGINS ?? origins, PUBLIC_GATEWAY_URL: `http://${HOST}:${ports.gateway}` },
      quiet: options.quiet,
      index: index++,
    });
    processes.push(gateway);
    await waitForHealth('gateway', `http://${HOST}:${ports.gateway}/health`, gateway);

    log('• Startar frontends…');
    const gatewayOrigin = `http://${HOST}:${ports.gateway}`;
    const claimsRemote = `http://${HOST}:${ports.claimsRemote}/mf-manifest.json`;
    const frontends = [
      { name: 'claims-remote', dir: 'claims', app: 'claims', port: ports.claimsRemote },
      { name: 'portal', dir: 'portal', app: 'portal', port: ports.portal },
      { name: 'sdf', dir: 'sdf', app: 'sdf', port: ports.sdf },
    ];
    for (const f of frontends) {
      const dist = join(options.root, 'frontends', f.dir, 'dist');
      const p = startProcess(f.name, [join(options.root, 'packages', 'static-server', 'bin', 'static-server.js'), '--root', dist, '--app', f.app, '--port', String(f.port)], {
        cwd: options.root,
        env: { ...baseEnv, PORT: String(f.port), GRAPHQL_URL: `${gatewayOrigin}/graphql`, AUTH_URL: `${gatewayOrigin}/auth`, CLAIMS_REMOTE_URL: claimsRemote },
        quiet: options.quiet,
        index: index++,
      });
      processes.push(p);
      await waitForHealth(f.name, `http://${HOST}:${f.port}/health`, p);
    }

    return {
      urls: {
        gateway: gatewayOrigin,
        graphql: `${gatewayOrigin}/graphql`,
        portal: `http://${HOST}:${ports.portal}/`,
        sdf: `http://${HOST}:${ports.sdf}/`,
        claimsRemote,
        database: databaseUrl.replace(/:[^:@/]+@/, ':***@'),
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The text printed after a start: URLs and demo users. */
export function describePlatform(platform: RunningPlatform, authMode: string): string {
  const users = DEMO_USERS.filter((u) => u.districtCodes.length === 0 || /^(jarva|farsta)\./.test(u.username));
  const width = Math.max(...users.map((u) => u.username.length));
  return [
    '',
    'Plattformen är igång:',
    `  AmF-portalen        ${platform.urls.portal}`,
    `  SDF-appen           ${platform.urls.sdf}`,
    `  GraphQL (gateway)   ${platform.urls.graphql}`,
    `  Återsökningsmodul   ${platform.urls.claimsRemote}`,
    `  Databas             ${platform.urls.database}`,
    '',
    authMode === 'oidc'
      ? 'Inloggning: OIDC (se OIDC_ISSUER).'
      : 'Inloggning (utvecklingsläge): välj en demoanvändare på inloggningssidan, t.ex.',
    ...(authMode === 'oidc' ? [] : users.map((u) => `  ${u.username.padEnd(width)}  ${u.roles.map((r) => ROLE_LABELS[r]).join(', ')}${u.districtCodes.length ? ` (${u.districtCodes.join(', ')})` : ''}`)),
    authMode === 'oidc' ? '' : `  … och kontaktperson/handläggare för varje stadsdel (<stadsdel>.kontakt, <stadsdel>.handlaggare).`,
    '',
    'Avsluta med Ctrl+C.',
  ].join('\n');
}
