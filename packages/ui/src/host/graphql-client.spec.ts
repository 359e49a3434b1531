import { jest } from '@jest/globals';
import { createGraphqlClient } from './graphql-client.js';
import { ME_QUERY } from './viewer.js';

function jsonResponse(status: number, body: unknown) {
  return { ok: status < 400, status, statusText: String(status), headers: new Map([['content-type', 'application/json']]), text: async () => JSON.stringify(body), json: async () => body };
}

describe('createGraphqlClient', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  it('sends the token as a Bearer header', async () => {
    const fetchMock = jest.fn(async (..._args: unknown[]) => jsonResponse(200, { data: { me: { name: 'Sara', roles: [], roleLabels: [], districts: [] } } }));
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const client = createGraphqlClient({ url: 'http://gw/graphql', getToken: () => 'tok', onUnauthenticated: jest.fn() });
    const result = await client.query(ME_QUERY, {}).toPromise();
    expect(result.data?.me.name).toBe('Sara');
    const init = fetchMock.mock.calls[0]![1] as RequestInit;
    expect((init.headers as Record<string, string>).Authorization ?? (init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('reports UNAUTHENTICATED answers so the app can show sign-in', async () => {
    globalThis.fetch = jest.fn(async () => jsonResponse(401, { errors: [{ message: 'Du behöver logga in.', extensions: { code: 'UNAUTHENTICATED' } }] })) as unknown as typeof fetch;
    const onUnauthenticated = jest.fn();
    const client = createGraphqlClient({ url: 'http://gw/graphql', getToken: () => 'expired', onUnauthenticated });
    const result = await client.query(ME_QUERY, {}).toPromise();
    expect(result.error).toBeDefined();
    expect(onUnauthenticated).toHaveBeenCalled();
  });
});
