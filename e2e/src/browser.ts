import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.js';
import { e2eEnvironment } from './environment.js';

/**
 * One headless Debian Chromium per spec file and a fresh context (cookies, sessionStorage) per test.
 * Call at the top of a spec; use `browser.context()` inside tests.
 */
export function useBrowser(): { context(): BrowserContext; newContext(): Promise<BrowserContext> } {
  const env = e2eEnvironment();
  let browser: Browser;
  let current: BrowserContext | null = null;
  const extra: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: env.chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    current = await browser.newContext({ locale: 'sv-SE' });
  });
  afterEach(async () => {
    for (const c of [current, ...extra.splice(0)]) await c?.close();
    current = null;
  });
  return {
    context: () => current!,
    /** A second, independent user in the same test (closed after the test). */
    newContext: async () => {
      const c = await browser.newContext({ locale: 'sv-SE' });
      extra.push(c);
      return c;
    },
  };
}
