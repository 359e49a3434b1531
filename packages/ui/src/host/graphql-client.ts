import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';

/** True for a 401 response or a GraphQL error with `extensions.code === 'UNAUTHENTICATED'`. */
export function isUnauthenticated(error: CombinedError | undefined | null): boolean {
  if (!error) return false;
  const status = (error.response as { status?: number } | undefined)?.status;
  if (status === 401) return true;
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

export interface GraphqlClientOptions {
  url: string;
  /** The current access token (read on every request). */
  getToken: () => string | null;
  /** Called once per failed operation when the gateway rejects the token. */
  onUnauthenticated: () => void;
}

/**
 * The urql client of a host app: document cache, Bearer token on every request, and a 401 /
 * UNAUTHENTICATED answer clears the session (the host then shows the sign-in screen).
 */
export function createGraphqlClient({ url, getToken, onUnauthenticated }: GraphqlClientOptions): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => {
      const token = getToken();
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    preferGetMethod: false,
  });
}
