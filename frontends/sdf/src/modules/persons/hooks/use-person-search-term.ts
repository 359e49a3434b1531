import { useLocationSearch } from '@statsbidrag/ui/host';
import { useMemo } from 'react';

/** The search lives in the address bar as `?q=<term>`, so links, reloads and back/forward keep it. */
export const SEARCH_PARAM = 'q';

export interface PersonSearchTerm {
  term: string;
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
  return useMemo(() => ({ term: new URLSearchParams(search).get(SEARCH_PARAM)?.trim() ?? '', search }), [search]);
}
