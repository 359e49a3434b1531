/** What the start command reads from the environment (the only place here that reads process.env). */
export function readStartEnvironment(env: NodeJS.ProcessEnv = process.env) {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    seed: env.SEED_DEMO_DATA !== 'false',
    authMode: env.AUTH_MODE ?? 'dev',
    /** Handed on to the services. */
    passthrough: env,
  };
}
