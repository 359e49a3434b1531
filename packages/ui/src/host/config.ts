/** `/config.json` served next to each frontend (see docs/CONTRACT.md, "Sign-in"). */
export interface AppConfig {
  app: string;
  graphqlUrl: string;
  authUrl: string;
  remotes: { claims: string } & Record<string, string>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Checks the shape of a parsed `/config.json`. */
export function parseConfig(value: unknown): AppConfig {
  const v = value as Partial<AppConfig> | null;
  if (!v || typeof v !== 'object') throw new ConfigError('config.json är inte ett objekt.');
  for (const key of ['app', 'graphqlUrl', 'authUrl'] as const) {
    if (!isNonEmptyString(v[key])) throw new ConfigError(`config.json saknar "${key}".`);
  }
  const remotes = v.remotes;
  if (!remotes || typeof remotes !== 'object' || !isNonEmptyString(remotes.claims)) throw new ConfigError('config.json saknar "remotes.claims".');
  return v as AppConfig;
}

/** Fetches and checks `/config.json` (never cached: it changes with the deployment, not the bundle). */
export async function loadConfig(url = '/config.json', fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ConfigError(`Kunde inte läsa ${url} (HTTP ${response.status}).`);
  return parseConfig(await response.json());
}
