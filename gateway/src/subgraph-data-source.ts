import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { IDENTITY_HEADER } from '@statsbidrag/auth';
import { GraphQLError } from 'graphql';

export interface ForwardingContext {
  identityToken: string;
}

/**
 * Calls one subgraph with the caller's signed identity. When a subgraph refuses a request as a
 * whole (HTTP 4xx with GraphQL errors, e.g. an invalid Money literal), its Swedish message and code
 * reach the client instead of a bare "400: Bad Request".
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<ForwardingContext> {
  /**
   * Node's own fetch (undici) instead of the default make-fetch-happen: undici honours the
   * subgraph's `Keep-Alive: timeout=…` and retires idle sockets before the server closes them, so a
   * request never lands on a socket the subgraph has just closed (seen as ECONNRESET).
   */
  constructor(config: NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource<ForwardingContext>>[0]>) {
    super({ fetcher: globalThis.fetch as unknown as NonNullable<typeof config.fetcher>, ...config });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<ForwardingContext>['willSendRequest']>>[0]): void {
    request.http?.headers.set(IDENTITY_HEADER, context.identityToken);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | null;
    const first = body && typeof body === 'object' ? body.errors?.[0] : undefined;
    if (first?.message && typeof first.extensions?.code === 'string' && response.status < 500) {
      return new GraphQLError(first.message, { extensions: { ...first.extensions } });
    }
    return new GraphQLError(`Tjänsten svarade inte som väntat (${response.status}).`, { extensions: { code: response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR' } });
  }
}
