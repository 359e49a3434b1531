export default async function globalTeardown() {
  const server = globalThis.__STATSBIDRAG_PG__;
  if (server) await server.stop();
}
