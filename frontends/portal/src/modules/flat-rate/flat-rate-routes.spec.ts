import { findHostRoute } from '@statsbidrag/ui/host';
import { FLAT_RATE_ROUTES } from './flat-rate-routes.js';

describe('Schabloner in the portal', () => {
  it('is one menu entry for coordinators and administrators; its own pages come before an import’s page', () => {
    const inMenu = FLAT_RATE_ROUTES.filter((r) => r.label);
    expect(inMenu.map((r) => [r.label, r.path, r.roles])).toEqual([['Schabloner', '/schabloner/importer', ['COORDINATOR', 'ADMINISTRATOR']]]);
    expect(findHostRoute(FLAT_RATE_ROUTES, '/schabloner/importer/i1')?.params).toEqual({ id: 'i1' });
    expect(findHostRoute(FLAT_RATE_ROUTES, '/schabloner/avvikelser')?.route.title).toBe('Avvikelser i schabloner');
    expect(findHostRoute(FLAT_RATE_ROUTES, '/schabloner/personer')?.route.title).toBe('Personer med schablon');
    expect(findHostRoute(FLAT_RATE_ROUTES, '/schabloner/skannat-beslut')?.route.title).toBe('Skannat beslut om schabloner');
    expect(findHostRoute(FLAT_RATE_ROUTES, '/schabloner/profiler')?.route.roles).toEqual(['ADMINISTRATOR']);
    for (const route of FLAT_RATE_ROUTES) expect(route.roles).not.toContain('DISTRICT_OFFICER');
  });
});
