import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@statsbidrag/db';
import { signDevUserToken } from '@statsbidrag/auth';
import { findDemoUser } from '@statsbidrag/demo-data';
import { DEFAULT_FRONTEND_ORIGINS, startGateway, type RunningGateway, type SubgraphName } from '@statsbidrag/gateway';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { createPersonSubgraph, type MailSender } from '@statsbidrag/subgraph-person';
import { SUBGRAPH_DEFINITIONS } from './subgraphs.js';

export const TEST_DEV_SECRET = 'integration-dev-token-secret-0123456789';
export const TEST_INTERNAL = 'integration-internal-secret-0123456789ab';

export interface TestPlatform {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  tokenFor(username: string, ttlSeconds?: number): Promise<string>;
  query<T = Record<string, unknown>>(query: string, options?: { token?: string | null; variables?: Record<string, unknown>; as?: string }): Promise<{ status: number; body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  close(): Promise<void>;
}

export const supergraphPath = fileURLToPath(new URL('../../gateway/supergraph.graphql', import.meta.url));

export interface TestPlatformOptions {
  /** Where the person subgraph sends e-mail (default: nowhere), and the apps' public addresses for links. */
  mail?: { sender: MailSender; links: { portal: string; sdf: string } };
}

/** The whole back end in this process: a fresh database, every subgraph migrated and seeded, and the gateway. */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const db = await createTestDatabase('platform');
  const subgraphs: Record<string, RunningSubgraph> = {};
  const definitions = options.mail
    ? SUBGRAPH_DEFINITIONS.map((def) => (def.name === 'person' ? (createPersonSubgraph({ mailSender: options.mail!.sender, links: options.mail!.links }) as unknown as typeof def) : def))
    : SUBGRAPH_DEFINITIONS;
  // As `npm start` does: every subgraph migrated (queues and subscriptions declared) and seeded before any starts.
  for (const def of definitions) {
    await migrateSubgraph(def, db.url);
    await seedSubgraph(def, db.url);
  }
  for (const def of definitions) {
    subgraphs[def.name] = await startSubgraph(def, { databaseUrl: db.url, internalSecret: TEST_INTERNAL, port: 0 });
  }
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const [name, s] of Object.entries(subgraphs)) subgraphUrls[name as SubgraphName] = s.url;
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    internalSecret: TEST_INTERNAL,
    auth: { mode: 'dev', secret: TEST_DEV_SECRET },
    frontendOrigins: DEFAULT_FRONTEND_ORIGINS,
    subgraphUrls,
    maxQueryDepth: 12,
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  });

  const tokenFor = async (username: string, ttlSeconds = 600) => {
    const user = findDemoUser(username);
    if (!user) throw new Error(`no demo user ${username}`);
    return signDevUserToken({ sub: user.username, name: user.name, email: user.email, roles: [...user.roles], districtCodes: [...user.districtCodes] }, TEST_DEV_SECRET, ttlSeconds);
  };

  return {
    gateway,
    subgraphs,
    tokenFor,
    async query(query, options = {}) {
      const token = options.as ? await tokenFor(options.as) : options.token;
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables: options.variables ?? {} }),
      });
      const text = await res.text();
      return { status: res.status, body: JSON.parse(text) };
    },
    async close() {
      await gateway.close();
      for (const s of Object.values(subgraphs)) await s.close();
      await db.drop();
    },
  };
}
