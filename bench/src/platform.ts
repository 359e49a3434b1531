import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signDevUserToken } from '@statsbidrag/auth';
import { findDemoUser } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { DEFAULT_FRONTEND_ORIGINS, startGateway, type RunningGateway, type SubgraphName } from '@statsbidrag/gateway';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@statsbidrag/graphql-kit';
import { allocationSubgraph } from '@statsbidrag/subgraph-allocation';
import { appealsSubgraph } from '@statsbidrag/subgraph-appeals';
import { claimsSubgraph } from '@statsbidrag/subgraph-claims';
import { decisionsSubgraph } from '@statsbidrag/subgraph-decisions';
import { personSubgraph } from '@statsbidrag/subgraph-person';
import { startBenchDatabase } from './database.js';

/** Every subgraph, in migration/seed order (as in integration-tests/src/subgraphs.ts). */
const SUBGRAPH_DEFINITIONS = [personSubgraph, claimsSubgraph, allocationSubgraph, decisionsSubgraph, appealsSubgraph] as unknown as readonly SubgraphDefinition<object>[];

const DEV_SECRET = 'bench-dev-token-secret-0123456789abcdef';
export const INTERNAL_SECRET = 'bench-internal-secret-0123456789abcdef';

const supergraphPath = fileURLToPath(new URL('../../gateway/supergraph.graphql', import.meta.url));

export interface BenchPlatform {
  databaseUrl: string;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  /** The demo user as the gateway would pass it on (for direct subgraph calls). */
  identityOf(username: string): Identity;
  tokenFor(username: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The same back end as integration-tests/src/platform.ts: a fresh database (on the server named by
 * TEST_DATABASE_URL; an embedded PostgreSQL is started when there is none), every subgraph migrated
 * and seeded, then `prepare` (e.g. more rows), then the subgraphs and the gateway in this process.
 */
export async function startBenchPlatform(prepare: (databaseUrl: string) => Promise<void> = async () => undefined): Promise<BenchPlatform> {
  const db = await startBenchDatabase('bench');
  const subgraphs: Record<string, RunningSubgraph> = {};
  let gateway: RunningGateway | null = null;
  const close = async () => {
    await gateway?.close();
    for (const s of Object.values(subgraphs)) await s.close();
    await db.close();
  };
  try {
    for (const def of SUBGRAPH_DEFINITIONS) {
      await migrateSubgraph(def, db.url);
      await seedSubgraph(def, db.url);
    }
    await prepare(db.url);
    for (const def of SUBGRAPH_DEFINITIONS) {
      subgraphs[def.name] = await startSubgraph(def, { databaseUrl: db.url, internalSecret: INTERNAL_SECRET, port: 0, host: '127.0.0.1' });
    }
    const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
    for (const [name, s] of Object.entries(subgraphs)) subgraphUrls[name as SubgraphName] = s.url;
    gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      internalSecret: INTERNAL_SECRET,
      auth: { mode: 'dev', secret: DEV_SECRET },
      frontendOrigins: DEFAULT_FRONTEND_ORIGINS,
      subgraphUrls,
      maxQueryDepth: 12,
      supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    });
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }

  const identityOf = (username: string): Identity => {
    const user = findDemoUser(username);
    if (!user) throw new Error(`no demo user ${username}`);
    return { sub: user.username, name: user.name, email: user.email, roles: [...user.roles], districtCodes: [...user.districtCodes] };
  };
  return {
    databaseUrl: db.url,
    gateway,
    subgraphs,
    identityOf,
    tokenFor: (username) => signDevUserToken(identityOf(username), DEV_SECRET, 3600),
    close,
  };
}
