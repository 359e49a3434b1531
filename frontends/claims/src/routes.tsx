import type { RemoteRoute } from '@statsbidrag/ui';
import { ClaimsList } from './modules/claims/components/claims-list.js';

/** Routes this remote contributes to a host (exposed as `claims/routes`). */
export const routes: RemoteRoute[] = [{ path: '/atersokningar', label: 'Återsökningar', element: <ClaimsList /> }];

export default routes;
