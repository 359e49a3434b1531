import { useLocationSearch } from '@statsbidrag/ui/host';
import { useMemo } from 'react';

/** URL query parameters of the person search: `?q=<term>&fodelsedatum=<ÅÅÅÅ-MM-DD>`. */
export const SEARCH_PARAM = 'q';
export const BIRTH_DATE_PARAM = 'fodelsedatum';

export interface PersonSearchParams {
  term: string;
  birthDate: string;
  /** The query string as it is in the address bar ('' or '?q=…'), to carry to the card and back. */
  search: string;
}

export function personSearchQuery(term: string, birthDate: string): string {
  const params = new URLSearchParams();
  if (term.trim()) params.set(SEARCH_PARAM, term.trim());
  if (birthDate.trim()) params.set(BIRTH_DATE_PARAM, birthDate.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The search in the address bar, kept up to date on navigation and the back button. */
export function usePersonSearchParams(): PersonSearchParams {
  const search = useLocationSearch();
  return useMemo(() => {
    const params = new URLSearchParams(search);
    return { term: params.get(SEARCH_PARAM)?.trim() ?? '', birthDate: params.get(BIRTH_DATE_PARAM)?.trim() ?? '', search };
  }, [search]);
}
