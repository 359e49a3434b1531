import type { AnyVariables, Client, OperationResult, TypedDocumentNode } from 'urql';
import { createRequest } from 'urql';
import { filter, pipe, take, toPromise } from 'wonka';

/** One fresh answer to a query (downloads and exports), outside React's render cycle. */
export function queryOnce<Data, Variables extends AnyVariables>(client: Client, query: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<OperationResult<Data, Variables>> {
  return pipe(
    client.executeQuery(createRequest(query, variables), { requestPolicy: 'network-only' }),
    filter((r) => !r.stale),
    take(1),
    toPromise,
  );
}
