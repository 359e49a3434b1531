import { useLocationSearch } from '@statsbidrag/ui/host';
import { useMemo } from 'react';

/** The search lives in the address bar as `?q=<term>`, so links, reloads and back/forward keep it. */
export const SEARCH_PARAM = 'q';
/** `?alla=1`: every person of the district, without a search term. */
export const ALL_PARAM = 'alla';
export const ALL_QUERY = `?${ALL_PARAM}=1`;

export interface PersonSearchTerm {
  term: string;
  /** The whole district was asked for ("Visa alla"). */
  all: boolean;
  /** The query string as it is in the address bar ('' or '?q=…'), to carry to the card and back. */
  search: string;
}

export function personSearchQuery(term: string): string {
  const trimmed = term.trim();
  return trimmed ? `?${new URLSearchParams({ [SEARCH_PARAM]: trimmed }).toString()}` : '';
}

/** The search term in the address bar, kept up to date on navigation and on the back button. */
export function usePersonSearchTerm(): PersonSearchTerm {
  const search = useLocationSearch();
  return useMemo(() => {
    const params = new URLSearchParams(search);
    return { term: params.get(SEARCH_PARAM)?.trim() ?? '', all: params.get(ALL_PARAM) === '1', search };
  }, [search]);
}
