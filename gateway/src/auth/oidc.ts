import { jwtVerify, SignJWT } from 'jose';

export interface OidcConfig {
  /** Where discovery is fetched (the provider as the gateway reaches it). */
  backchannelUrl: string;
  clientId: string;
  clientSecret: string;
  publicGatewayUrl: string;
  /** Key for signing the `state` parameter (stateless: any gateway replica can finish the login). */
  stateSecret: string;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** OIDC authorization-code flow, handled by the gateway so that the client secret stays server-side. */
export class OidcClient {
  private discovery: Promise<Discovery> | null = null;

  constructor(private readonly config: OidcConfig) {}

  private metadata(): Promise<Discovery> {
    this.discovery ??= fetch(`${this.config.backchannelUrl}/.well-known/openid-configuration`).then(async (r) => {
      if (!r.ok) {
        this.discovery = null;
        throw new Error(`OIDC discovery svarade ${r.status}`);
      }
      return (await r.json()) as Discovery;
    });
    return this.discovery;
  }

  private callbackUrl(): string {
    return `${this.config.publicGatewayUrl.replace(/\/$/, '')}/auth/callback`;
  }

  private key(): Uint8Array {
    return new TextEncoder().encode(this.config.stateSecret);
  }

  async authorizationUrl(redirectUri: string): Promise<string> {
    const { authorization_endpoint } = await this.metadata();
    const state = await new SignJWT({ redirect_uri: redirectUri }).setProtectedHeader({ alg: 'HS256' }).setAudience('oidc-state').setExpirationTime('10m').sign(this.key());
    const url = new URL(authorization_endpoint);
    url.search = new URLSearchParams({ response_type: 'code', client_id: this.config.clientId, redirect_uri: this.callbackUrl(), scope: 'openid profile email', state }).toString();
    return url.toString();
  }

  /** Exchanges the code; returns the access token and where to send the browser. */
  async finish(code: string, state: string): Promise<{ accessToken: string; expiresAt: number; redirectUri: string }> {
    const { payload } = await jwtVerify(state, this.key(), { audience: 'oidc-state' });
    const { token_endpoint } = await this.metadata();
    const res = await fetch(token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: this.callbackUrl(), client_id: this.config.clientId, client_secret: this.config.clientSecret }),
    });
    if (!res.ok) throw new Error(`Token-utbytet misslyckades (${res.status})`);
    const body = (await res.json()) as { access_token: string; expires_in?: number };
    return { accessToken: body.access_token, expiresAt: Math.floor(Date.now() / 1000) + (body.expires_in ?? 300), redirectUri: String(payload.redirect_uri) };
  }

  async logoutUrl(redirectUri: string): Promise<string> {
    const { end_session_endpoint } = await this.metadata();
    if (!end_session_endpoint) return redirectUri;
    const url = new URL(end_session_endpoint);
    url.search = new URLSearchParams({ client_id: this.config.clientId, post_logout_redirect_uri: redirectUri }).toString();
    return url.toString();
  }
}
