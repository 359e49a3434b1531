import type { ComponentType, ReactNode } from 'react';

/** Props of the claims remote's `./ClaimsList` (kept here so host and remote agree on them). */
export interface ClaimsListProps {
  /** Heading of the screen; defaults to "Återsökningar". */
  title?: string;
  /** Client-side navigation in the host (links to `/atersokningar/<id>`); plain links when absent. */
  navigate?: (url: string) => void;
}

/** The module `claims/ClaimsList`. */
export interface ClaimsListModule {
  ClaimsList: ComponentType<ClaimsListProps>;
}

/** Props of the claims remote's `./ClaimDetail` (the page `/atersokningar/<id>`). */
export interface ClaimDetailProps {
  /** The claim's id (from the path). */
  id: string;
  /** Client-side navigation in the host (links to the person and back to the list); plain links when absent. */
  navigate?: (url: string) => void;
}

/** The module `claims/ClaimDetail`. */
export interface ClaimDetailModule {
  ClaimDetail: ComponentType<ClaimDetailProps>;
}

/** A route contributed by a remote (`claims/routes`). */
export interface RemoteRoute {
  path: string;
  label: string;
  element: ReactNode;
}

/** The module `claims/routes`. */
export interface RoutesModule {
  routes: RemoteRoute[];
}
