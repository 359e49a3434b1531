/** Where the platform under test runs (set by global-setup) and which browser to drive. */
export function e2eEnvironment(env: NodeJS.ProcessEnv = process.env) {
  return {
    portalUrl: env.E2E_PORTAL_URL ?? 'http://127.0.0.1:3100/',
    sdfUrl: env.E2E_SDF_URL ?? 'http://127.0.0.1:3101/',
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ci: env.CI === 'true',
  };
}

