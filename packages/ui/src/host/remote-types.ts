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

/** The claims remote's other screens, each exposed as `claims/<name>` exporting a component of that name. */
export type ClaimsScreenName =
  | 'StartClaim'
  | 'ClaimProposals'
  | 'MigApplications'
  | 'NewMigApplication'
  | 'MigApplication'
  | 'Decisions'
  | 'NewDecision'
  | 'Decision'
  | 'Payments'
  | 'Recoveries'
  | 'NewRecovery'
  | 'Recovery';

/** Props every one of those screens gets from the host. */
export interface ClaimsScreenProps {
  /** Client-side navigation in the host; may carry a query string. */
  navigate?: (url: string) => void;
  /** Values of the route's `:name` segments. */
  params: Readonly<Record<string, string>>;
  /** The signed-in user: roles and districts (what the screen offers; the server decides anyway). */
  viewer: { name: string; roles: readonly string[]; districts: readonly { code: string; name: string }[] };
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
