import { useSyncExternalStore } from 'react';

/** Fired on `window` after `navigateToUrl` changed the address (pushState fires no event of its own). */
export const LOCATION_CHANGE_EVENT = 'statsbidrag:locationchange';

/**
 * Client-side navigation to a URL of the app, query included: pushes it to the history (unless it is
 * the current one), tells the host router the new path and notifies `useLocationSearch`.
 */
export function navigateToUrl(url: string, navigatePath: (path: string) => void): void {
  const target = new URL(url, window.location.href);
  const next = `${target.pathname}${target.search}${target.hash}`;
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (next !== current) window.history.pushState(null, '', next);
  navigatePath(target.pathname);
  window.dispatchEvent(new Event(LOCATION_CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE_EVENT, onChange);
  };
}

/** The query of the address bar (`?q=…`), kept up to date on navigation and on the back button. */
export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}
