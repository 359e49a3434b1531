/** Configuration every service reads; the only place in the kit that reads process.env. */
export interface ServiceEnvironment {
  /** Platform database; required by subgraphs. */
  databaseUrl: string;
  internalSecret: string;
  port: number;
  host: string;
}

/** Development default, used only when INTERNAL_IDENTITY_SECRET is not set (never in compose/production). */
export const DEV_INTERNAL_SECRET = 'dev-only-internal-identity-secret-change-me';

export function readServiceEnvironment(defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceEnvironment {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('DATABASE_URL saknas. Starta hela plattformen med `npm start`, eller sätt DATABASE_URL till en PostgreSQL-databas.');
  }
  return {
    databaseUrl,
    internalSecret: env.INTERNAL_IDENTITY_SECRET ?? DEV_INTERNAL_SECRET,
    port: Number(env.PORT ?? defaultPort),
    host: env.HOST ?? '127.0.0.1',
  };
}
