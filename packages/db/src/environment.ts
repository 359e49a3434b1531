/** The only place in this package that reads process.env. */
export function testDatabaseServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL;
}
