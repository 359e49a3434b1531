import { CLAIMS, PERSONS } from '@statsbidrag/demo-data';
import { asUser } from './api.js';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

const fullNames = new Set(PERSONS.map((p) => `${p.firstName} ${p.lastName}`));

describe('AmF portal', () => {
  it('a coordinator signs in and sees claims with each person’s name and district (data from two subgraphs)', async () => {
    const portal = new HostPage(await browser.context().newPage(), env.portalUrl);
    await portal.open();
    await portal.signInAs('samordnare');
    await portal.userName().waitFor();
    expect(await portal.userName().textContent()).toContain('Sara Samordnare');
    await portal.openClaims();
    const people = await portal.column('claim-person');
    const districts = await portal.column('claim-district');
    expect(people.length).toBeGreaterThan(10);
    expect(people.every((n) => fullNames.has(n))).toBe(true);
    expect(new Set(districts).size).toBeGreaterThan(3);
    // Other specs on the same platform may have added claims: the count is the API's, at least the demo data's.
    const total = (await asUser<{ claims: { totalCount: number } }>('samordnare', '{ claims(first: 1) { totalCount } }')).claims.totalCount;
    expect(total).toBeGreaterThanOrEqual(CLAIMS.length);
    expect(await portal.countText()).toContain(String(total));
    await portal.page.screenshot({ path: 'artifacts/portal-claims.png', fullPage: false }).catch(() => undefined);
  });
});

describe('SDF app', () => {
  it('a Järva officer sees only Järva’s claims, never another district’s', async () => {
    const sdf = new HostPage(await browser.context().newPage(), env.sdfUrl);
    await sdf.open();
    await sdf.signInAs('jarva.handlaggare');
    await sdf.openClaims();
    const districts = await sdf.column('claim-district');
    expect(districts.length).toBeGreaterThan(0);
    expect(new Set(districts)).toEqual(new Set(['Järva']));
    const jarvaCount = (await asUser<{ claims: { totalCount: number } }>('jarva.handlaggare', '{ claims(first: 1) { totalCount } }')).claims.totalCount;
    expect(jarvaCount).toBeGreaterThanOrEqual(CLAIMS.filter((c) => c.districtCode === 'JARVA').length);
    expect(jarvaCount).toBeLessThan(CLAIMS.length);
    expect(await sdf.countText()).toContain(`av ${jarvaCount}`);
    const farstaPeople = new Set(PERSONS.filter((p) => p.districtCode === 'FARSTA').map((p) => `${p.firstName} ${p.lastName}`));
    const jarvaPeople = new Set(PERSONS.filter((p) => p.districtCode === 'JARVA').map((p) => `${p.firstName} ${p.lastName}`));
    // Names come from the person subgraph: every row has one, and only Järva's people appear.
    const shown = await sdf.column('claim-person');
    expect(shown).toHaveLength(districts.length);
    expect(shown.every((n) => jarvaPeople.has(n))).toBe(true);
    expect(shown.some((n) => farstaPeople.has(n) && !jarvaPeople.has(n))).toBe(false);
    await sdf.page.screenshot({ path: 'artifacts/sdf-claims.png' }).catch(() => undefined);
  });

  it('a central user is told that the SDF app is not for them', async () => {
    const sdf = new HostPage(await browser.context().newPage(), env.sdfUrl);
    await sdf.open();
    await sdf.signInAs('samordnare');
    await sdf.page.getByTestId('no-access').waitFor();
    expect(await sdf.page.getByTestId('no-access').textContent()).toContain('Du saknar behörighet');
  });
});
