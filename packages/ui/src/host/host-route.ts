import type { ReactNode } from 'react';
import type { ClaimsScreenName } from './remote-types.js';
import type { Viewer } from './viewer.js';

/** What a host route's page gets from the host. */
export interface HostRouteContext {
  /** The signed-in user (roles, districts). */
  viewer: Viewer;
  /** Values of the `:name` segments of the route's path, decoded. */
  params: Readonly<Record<string, string>>;
  /**
   * Client-side navigation to a URL within the app. May carry a query (`/personer?q=…`): the query
   * is kept in the address bar (links and the back button work) and `useLocationSearch` sees it.
   */
  navigate: (url: string) => void;
}

/** A page of a host app besides "Översikt" and "Återsökningar" (e.g. the portal's person search). */
export interface HostRoute {
  /** Path pattern: `/personer` or `/personer/:id` (`:name` matches one segment). */
  path: string;
  /** Label in the main menu; a route without a label is not in the menu (e.g. a detail page). */
  label?: string;
  /** Page title (document.title); defaults to the label. */
  title?: string;
  /** Roles that may see the page; every user of the app when omitted. Others do not see the menu item. */
  roles?: readonly string[];
  /** The page (or `claimsScreen`). */
  render?: (context: HostRouteContext) => ReactNode;
  /** A screen of the claims remote shown on this route instead of `render` (loaded at run time). */
  claimsScreen?: ClaimsScreenName;
}

/** The params of `path` for `pattern`, or null when it does not match. */
export function matchRoutePath(pattern: string, path: string): Record<string, string> | null {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  const want = trim(pattern).split('/');
  const have = trim(path).split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      if (!h) return null;
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) {
      return null;
    }
  }
  return params;
}

/** The first route whose path matches, with its params. */
export function findHostRoute(routes: readonly HostRoute[], path: string): { route: HostRoute; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchRoutePath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

/** Whether the viewer may see the route (no `roles` = everyone who may use the app). */
export function mayUseRoute(route: Pick<HostRoute, 'roles'>, viewer: Pick<Viewer, 'roles'>): boolean {
  return !route.roles || viewer.roles.some((role) => route.roles!.includes(role));
}
