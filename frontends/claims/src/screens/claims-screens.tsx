import type { ClaimsScreenProps } from '@statsbidrag/ui/host';
import { useLocationSearch } from '@statsbidrag/ui/host';
import { MigApplicationPage, MigApplicationsPage, NewMigApplicationPage } from '../modules/mig-application/index.js';
import { ClaimProposalsPage } from '../modules/proposals/index.js';
import { DecisionPage, DecisionsPage, NewDecisionPage } from '../modules/decisions/index.js';
import { PaymentsPage } from '../modules/payments/index.js';
import { NewRecoveryPage, RecoveriesPage, RecoveryPage } from '../modules/recoveries/index.js';

/**
 * The remote's screens as the hosts load them (`claims/<name>`, see ClaimsScreenName in the UI
 * kit): each takes the host's ClaimsScreenProps and hands its page what it needs.
 */
const noNavigation = (url: string) => window.location.assign(url);

export function ClaimProposals({ navigate }: ClaimsScreenProps) {
  return <ClaimProposalsPage navigate={navigate ?? noNavigation} />;
}

export function MigApplications({ navigate }: ClaimsScreenProps) {
  return <MigApplicationsPage navigate={navigate ?? noNavigation} />;
}

export function NewMigApplication({ navigate }: ClaimsScreenProps) {
  const search = useLocationSearch();
  return <NewMigApplicationPage navigate={navigate ?? noNavigation} search={search} />;
}

export function MigApplication({ navigate, params }: ClaimsScreenProps) {
  return <MigApplicationPage key={params.id} id={params.id ?? ''} navigate={navigate ?? noNavigation} />;
}

export function Decisions({ navigate, viewer }: ClaimsScreenProps) {
  return <DecisionsPage navigate={navigate ?? noNavigation} roles={viewer.roles} />;
}

export function NewDecision({ navigate }: ClaimsScreenProps) {
  return <NewDecisionPage navigate={navigate ?? noNavigation} />;
}

export function Decision({ navigate, params, viewer }: ClaimsScreenProps) {
  return <DecisionPage key={params.id} id={params.id ?? ''} navigate={navigate ?? noNavigation} roles={viewer.roles} />;
}

export function Payments({ navigate, viewer }: ClaimsScreenProps) {
  return <PaymentsPage navigate={navigate ?? noNavigation} roles={viewer.roles} />;
}

export function Recoveries({ navigate, viewer }: ClaimsScreenProps) {
  const search = useLocationSearch();
  return <RecoveriesPage navigate={navigate ?? noNavigation} viewer={viewer} search={search} />;
}

export function NewRecovery({ navigate }: ClaimsScreenProps) {
  return <NewRecoveryPage navigate={navigate ?? noNavigation} />;
}

export function Recovery({ navigate, params, viewer }: ClaimsScreenProps) {
  return <RecoveryPage key={params.id} id={params.id ?? ''} navigate={navigate ?? noNavigation} viewer={viewer} />;
}
