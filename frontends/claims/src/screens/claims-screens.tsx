import type { ClaimsScreenProps } from '@statsbidrag/ui/host';
import { useLocationSearch } from '@statsbidrag/ui/host';
import { MigApplicationPage, MigApplicationsPage, NewMigApplicationPage } from '../modules/mig-application/index.js';
import { ClaimProposalsPage } from '../modules/proposals/index.js';
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
