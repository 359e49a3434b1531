export default async function globalTeardown() {
  await globalThis.__E2E_PLATFORM__?.stop();
}
