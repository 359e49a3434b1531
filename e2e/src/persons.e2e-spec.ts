import { PERSONS } from '@statsbidrag/demo-data';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';
import { PersonsPage } from './pages/persons-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

describe('person search → person card (portal)', () => {
  it('finds a person by a 10-digit samordningsnummer with dash and shows the card with registration history', async () => {
    const person = PERSONS[5]!;
    const pin = person.personalIdentityNumber; // 12 digits
    const tenDigits = `${pin.slice(2, 8)}-${pin.slice(8)}`;
    const fullName = `${person.firstName} ${person.lastName}`;

    const portal = new HostPage(await browser.context().newPage(), env.portalUrl);
    await portal.open();
    await portal.signInAs('samordnare');
    await portal.waitUntilSignedIn();
    const persons = new PersonsPage(portal.page);
    await persons.open();
    await persons.search(tenDigits);
    expect(await persons.names()).toEqual([fullName]);
    expect(portal.page.url()).toContain('q=');

    await persons.openCard(fullName);
    expect((await persons.text('person-identity')).replace(/\D/g, '')).toBe(pin);
    expect(await persons.text('person-mig')).toBe(person.migIndividualNumber);
    expect(await persons.registrationAddresses()).toContain(person.address);
    await portal.page.screenshot({ path: 'artifacts/person-card.png' }).catch(() => undefined);
  });

  it('keeps district staff out of the AmF portal’s person search', async () => {
    const sdfUser = new HostPage(await browser.context().newPage(), env.portalUrl);
    await sdfUser.open();
    await sdfUser.signInAs('jarva.handlaggare');
    // The portal is for AmF: a district officer is stopped at the door.
    await sdfUser.page.getByTestId('no-access').waitFor();
    expect(await sdfUser.page.getByTestId('no-access').textContent()).toContain('Du saknar behörighet');
    expect(await sdfUser.page.getByRole('link', { name: 'Personer', exact: true }).count()).toBe(0);
  });
});
