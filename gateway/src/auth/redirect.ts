/** Only our own frontends may receive tokens: the redirect's origin must be configured. */
export function allowedRedirect(redirectUri: string | null | undefined, origins: readonly string[]): URL | null {
  if (!redirectUri) return null;
  try {
    const url = new URL(redirectUri);
    return origins.includes(url.origin) ? url : null;
  } catch {
    return null;
  }
}

export function withTokenFragment(target: URL, accessToken: string, expiresAt: number): string {
  const url = new URL(target.toString());
  url.hash = new URLSearchParams({ access_token: accessToken, expires_at: String(expiresAt), token_type: 'Bearer' }).toString();
  return url.toString();
}
