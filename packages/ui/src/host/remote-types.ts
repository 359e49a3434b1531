import type { ComponentType, ReactNode } from 'react';

/** Props of the claims remote's `./ClaimsList` (kept here so host and remote agree on them). */
export interface ClaimsListProps {
  /** Heading of the screen; defaults to "Återsökningar". */
  title?: string;
}

/** The module `claims/ClaimsList`. */
export interface ClaimsListModule {
  ClaimsList: ComponentType<ClaimsListProps>;
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
