import { useMemo, useState } from 'react';
import { Button } from './button.js';

/** A GraphQL connection page as the subgraphs return it. */
export interface ConnectionPage<T> {
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The paging state of a "Visa fler" list: query with `after`. */
export interface Paging<T> {
  after: string | null;
  earlier: readonly T[];
  next(rows: readonly T[], endCursor: string | null): void;
}

/** Start of "Visa fler" paging. Give the list a `key` of its filter so a new filter starts from the first page. */
export function usePaging<T>(): Paging<T> {
  const [state, setState] = useState<{ after: string | null; earlier: readonly T[] }>({ after: null, earlier: [] });
  return { ...state, next: (earlier, after) => setState({ earlier, after }) };
}

export interface PagedRows<T> {
  /** Every row loaded so far, earlier pages first, each key once. */
  rows: T[];
  hasMore: boolean;
  /** Asks for the page after the current one and keeps the rows already shown. */
  loadMore(): void;
}

/** The rows of all pages loaded so far, from the paging state and the connection just fetched. */
export function usePagedRows<T>(paging: Paging<T>, connection: ConnectionPage<T> | undefined, keyOf: (row: T) => string): PagedRows<T> {
  const { earlier } = paging;
  const rows = useMemo(() => {
    const seen = new Set<string>();
    return [...earlier, ...(connection?.edges.map((e) => e.node) ?? [])].filter((row) => {
      const key = keyOf(row);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }, [earlier, connection, keyOf]);
  return {
    rows,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () => {
      if (connection?.pageInfo.hasNextPage) paging.next(rows, connection.pageInfo.endCursor);
    },
  };
}

/** The "Visa fler" button under a list, shown while there are more pages. */
export function LoadMoreButton({ pages, fetching }: { pages: Pick<PagedRows<unknown>, 'hasMore' | 'loadMore'>; fetching: boolean }) {
  if (!pages.hasMore) return null;
  return (
    <p>
      <Button variant="secondary" isDisabled={fetching} onPress={pages.loadMore}>
        Visa fler
      </Button>
    </p>
  );
}
