import { createRequest, type AnyVariables, type Client, type OperationResult, type TypedDocumentNode } from 'urql';
import { filter, pipe, take, toPromise } from 'wonka';

/** Rows per request when exporting a whole list. */
export const EXPORT_PAGE_SIZE = 100;

interface Page<T> {
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every row of a paged list (`first`/`after`), asked from the server page by page, for an export of the
 * whole list rather than the rows loaded on screen. Throws the GraphQL error of a failed page.
 */
export async function fetchAllPages<Data, Variables extends AnyVariables & { first?: number; after?: string | null }, T>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pageOf: (data: Data) => Page<T> | null | undefined,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<Data, Variables> = await pipe(
      client.executeQuery(createRequest(query, { ...variables, first: EXPORT_PAGE_SIZE, after }), { requestPolicy: 'network-only' }),
      filter((r) => !r.stale),
      take(1),
      toPromise,
    );
    if (result.error) throw result.error;
    const page: Page<T> | null | undefined = result.data ? pageOf(result.data) : null;
    if (!page) break;
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || page.edges.length === 0) break;
    after = page.pageInfo.endCursor;
  }
  return rows;
}
