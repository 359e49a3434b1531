import type { Client, TypedDocumentNode } from 'urql';

/** Rows per request when exporting (the API's maximum). */
export const EXPORT_PAGE_SIZE = 500;

interface Connection<T> {
  totalCount: number;
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every row of a Relay connection, fetched 500 at a time with `after`; `onProgress(fetched, total)`
 * after each page. Throws the error of a failed page.
 */
export async function fetchAllPages<Data, Variables extends { first: number; after: string | null }, T>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  connectionOf: (data: Data) => Connection<T>,
  onProgress: (fetched: number, total: number) => void = () => undefined,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await client.query(query, { ...variables, first: EXPORT_PAGE_SIZE, after } as Variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) throw result.error;
    if (!result.data) throw new Error('Inget svar');
    const page = connectionOf(result.data);
    rows.push(...page.edges.map((e) => e.node));
    onProgress(rows.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || !page.edges.length) return rows;
    after = page.pageInfo.endCursor;
  }
}
