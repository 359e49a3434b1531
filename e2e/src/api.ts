import { e2eEnvironment } from './environment.js';

/** The portal's /config.json names the gateway (GraphQL and sign-in). */
export async function gatewayUrls(): Promise<{ graphqlUrl: string; authUrl: string }> {
  const response = await fetch(new URL('config.json', e2eEnvironment().portalUrl));
  return (await response.json()) as { graphqlUrl: string; authUrl: string };
}

/** A demo user's token from the gateway's embedded sign-in (`/auth/dev/token`). */
export async function tokenFor(authUrl: string, username: string): Promise<string> {
  const response = await fetch(`${authUrl.replace(/\/+$/, '')}/dev/token`, { method: 'POST', body: new URLSearchParams({ username }) });
  if (!response.ok) throw new Error(`Ingen token för ${username}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A GraphQL call through the gateway; throws with the errors' messages. */
export async function graphql<T>(graphqlUrl: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `GraphQL ${response.status}`);
  return body.data;
}

/** A demo user's view through the API (the specs share one platform, so counts are read, not assumed). */
export async function asUser<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { graphqlUrl, authUrl } = await gatewayUrls();
  return graphql<T>(graphqlUrl, await tokenFor(authUrl, username), query, variables);
}
