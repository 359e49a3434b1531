import { CLAIMS, CLAIM_TYPES, PERSONS, type DemoPerson } from '@statsbidrag/demo-data';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';
import { SdfPersonsPage } from './pages/sdf-persons-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

/** "ÅÅMMDD-XXXX": the 10-digit form with dash. */
const tenDigits = (person: DemoPerson) => `${person.personalIdentityNumber.slice(2, 8)}-${person.personalIdentityNumber.slice(8)}`;

describe('Personer in the SDF app', () => {
  const jarva = PERSONS.find((p) => p.districtCode === 'JARVA' && !p.protectedIdentity)!;
  const farsta = PERSONS.find((p) => p.districtCode === 'FARSTA' && !p.protectedIdentity)!;
  const fullName = `${jarva.firstName} ${jarva.lastName}`;
  const claims = CLAIMS.filter((c) => c.personId === jarva.id);

  it('a Järva officer finds a Järva person by samordningsnummer, opens the card with address and claims, and finds no Farsta person', async () => {
    expect(claims.length).toBeGreaterThan(0);
    const sdf = new HostPage(await browser.context().newPage(), env.sdfUrl);
    await sdf.open();
    await sdf.signInAs('jarva.handlaggare');
    await sdf.waitUntilSignedIn();
    const persons = new SdfPersonsPage(sdf.page);
    await persons.open();

    await persons.search(tenDigits(jarva));
    expect(await persons.names()).toEqual([fullName]);
    expect(new URL(sdf.page.url()).searchParams.get('q')).toBe(tenDigits(jarva));
    await sdf.page.screenshot({ path: 'artifacts/sdf-persons.png' }).catch(() => undefined);

    await persons.openCard(fullName);
    expect(await persons.heading()).toBe(fullName);
    expect((await persons.text('person-identity')).replace(/\D/g, '')).toBe(jarva.personalIdentityNumber);
    expect(await persons.text('person-mig')).toBe(jarva.migIndividualNumber);
    expect(await persons.text('person-district')).toBe('Järva');
    expect(await persons.registrationAddresses()).toContain(jarva.address);
    // The claims come from the claims subgraph through the gateway, amounts in kronor (öre → "12 345,67 kr").
    const typeName = (code: string) => CLAIM_TYPES.find((t) => t.code === code)!.name;
    expect((await persons.claimTypes()).sort()).toEqual(claims.map((c) => `${typeName(c.claimTypeCode)} (${c.claimTypeCode})`).sort());
    const amounts = await persons.claimAmounts();
    expect(amounts.every((a) => a.trim().endsWith('kr'))).toBe(true);
    expect(amounts.map((a) => Number(a.replace(/\D/g, ''))).sort((a, b) => a - b)).toEqual(claims.map((c) => c.amountOre).sort((a, b) => a - b));
    await sdf.page.screenshot({ path: 'artifacts/sdf-person-card.png', fullPage: true }).catch(() => undefined);

    // Back to the same search, then a Farsta person's number: the API keeps the officer to Järva.
    await persons.backToSearch();
    expect(await persons.names()).toEqual([fullName]);
    await persons.search(tenDigits(farsta));
    expect(await persons.empty().textContent()).toContain('Inga personer i din stadsdel matchar sökningen.');
    expect(await persons.names()).toEqual([]);
  });
});
