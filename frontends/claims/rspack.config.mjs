// Module Federation REMOTE "claims" (port 3002). Hosts find it at run time through the
// mf-manifest.json URL in their /config.json (remotes.claims), never at build time.
import { federatedConfig } from '@statsbidrag/mf-config';

export default federatedConfig({
  base: import.meta.url,
  name: 'claims',
  title: 'Återsökningar – fjärrmodul',
  exposes: {
    './ClaimsList': './src/modules/claims/components/claims-list.tsx',
    './ClaimDetail': './src/modules/claims/components/claim-detail.tsx',
    './StartClaim': './src/modules/start-claim/start-claim-page.tsx',
    './ClaimProposals': './src/screens/claims-screens.tsx',
    './MigApplications': './src/screens/claims-screens.tsx',
    './NewMigApplication': './src/screens/claims-screens.tsx',
    './MigApplication': './src/screens/claims-screens.tsx',
    './Decisions': './src/screens/claims-screens.tsx',
    './NewDecision': './src/screens/claims-screens.tsx',
    './Decision': './src/screens/claims-screens.tsx',
    './Payments': './src/screens/claims-screens.tsx',
    './Recoveries': './src/screens/claims-screens.tsx',
    './NewRecovery': './src/screens/claims-screens.tsx',
    './Recovery': './src/screens/claims-screens.tsx',
    './routes': './src/routes.tsx',
  },
  mode: process.env.NODE_ENV,
});
