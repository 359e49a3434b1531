/**
 * The browser side of the sign-in flow in docs/CONTRACT.md: the gateway sends the user back to
 * `redirect_uri#access_token=<jwt>&expires_at=<epoch seconds>`; the app keeps the token in
 * sessionStorage, removes the fragment and sends it as `Authorization: Bearer <jwt>`.
 */
export interface Session {
  accessToken: string;
  /** Epoch seconds; undefined when unknown. */
  expiresAt?: number;
}

export const SESSION_STORAGE_KEY = 'statsbidrag.session';

/** Parses `#access_token=…&expires_at=…`; null when the fragment carries no token. */
export function parseTokenFragment(hash: string): Session | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const accessToken = params.get('access_token');
  if (!accessToken) return null;
  const raw = params.get('expires_at');
  const expiresAt = raw !== null && /^\d+$/.test(raw) ? Number(raw) : jwtExpiry(accessToken);
  return expiresAt === undefined ? { accessToken } : { accessToken, expiresAt };
}

/** The `exp` claim of a JWT, without verifying it (the server verifies). */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp : undefined;
  } catch {
    return undefined;
  }
}

export function isExpired(session: Session, nowSeconds: number = Date.now() / 1000): boolean {
  return session.expiresAt !== undefined && session.expiresAt <= nowSeconds;
}

export function saveSession(storage: Storage, session: Session): void {
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage): void {
  storage.removeItem(SESSION_STORAGE_KEY);
}

/** The stored session, or null when there is none, it is unreadable or it has expired (then it is removed). */
export function readSession(storage: Storage, nowSeconds: number = Date.now() / 1000): Session | null {
  const raw = storage.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken !== 'string' || !value.accessToken) throw new Error('no token');
    const session: Session = typeof value.expiresAt === 'number' ? { accessToken: value.accessToken, expiresAt: value.expiresAt } : { accessToken: value.accessToken };
    if (isExpired(session, nowSeconds)) {
      clearSession(storage);
      return null;
    }
    return session;
  } catch {
    clearSession(storage);
    return null;
  }
}

/** What `consumeTokenFromUrl` needs of `window`. */
export interface BrowserLocation {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
}

/**
 * On return from sign-in: stores the token from the URL fragment and removes the fragment from the
 * address bar (so it is not bookmarked or shared). Returns the stored (or already stored) session.
 */
export function consumeTokenFromUrl(win: BrowserLocation, storage: Storage, nowSeconds: number = Date.now() / 1000): Session | null {
  const fromUrl = parseTokenFragment(win.location.hash);
  if (fromUrl) {
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
    if (!isExpired(fromUrl, nowSeconds)) saveSession(storage, fromUrl);
  }
  return readSession(storage, nowSeconds);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** `${authUrl}/login?app=<app>&redirect_uri=<encoded url>` */
export function loginUrl(authUrl: string, app: string, redirectUri: string): string {
  return `${trimSlash(authUrl)}/login?app=${encodeURIComponent(app)}&redirect_uri=${encodeURIComponent(redirectUri)}`;
}

/** `${authUrl}/logout?redirect_uri=<encoded url>` */
export function logoutUrl(authUrl: string, redirectUri: string): string {
  return `${trimSlash(authUrl)}/logout?redirect_uri=${encodeURIComponent(redirectUri)}`;
}
