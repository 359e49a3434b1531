import { IDENTITY_HEADER, signInternalIdentity } from '@statsbidrag/auth';
import type { Identity } from '@statsbidrag/domain';

export interface GraphQLHttpResult<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

/** Calls a subgraph directly as the gateway would (identity signed with `secret`), or without identity. */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; identity?: Identity; secret?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLHttpResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.headers ?? {}) };
  if (options.identity) {
    if (!options.secret) throw new Error('secret krävs för att signera identiteten');
    headers[IDENTITY_HEADER] = await signInternalIdentity(options.identity, options.secret);
  }
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables ?? {} }) });
  const text = await res.text();
  let body: GraphQLHttpResult<T>['body'];
  try {
    body = JSON.parse(text) as GraphQLHttpResult<T>['body'];
  } catch {
    body = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, body };
}

export const TEST_INTERNAL_SECRET = 'test-internal-identity-secret-0123456789';

export const testIdentities = {
  coordinator: { sub: 'samordnare', name: 'Sara Samordnare', roles: ['COORDINATOR'], districtCodes: [] } as Identity,
  analyst: { sub: 'analytiker', name: 'Bea Analytiker', roles: ['ANALYST'], districtCodes: [] } as Identity,
  jarvaOfficer: { sub: 'jarva.handlaggare', name: 'Hedda Handläggare (Järva)', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] } as Identity,
  farstaOfficer: { sub: 'farsta.handlaggare', name: 'Hedda Handläggare (Farsta)', roles: ['DISTRICT_OFFICER'], districtCodes: ['FARSTA'] } as Identity,
};
