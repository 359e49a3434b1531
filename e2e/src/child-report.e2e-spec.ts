import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

async function openNav(host: HostPage, label: string): Promise<void> {
  await host.waitUntilSignedIn();
  await host.page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
}

describe('child-responsibility report from the SDF app to the portal', () => {
  it('a Järva officer reports a child; an AmF administrator finds it in the inbox; the Järva contact is notified', async () => {
    const lastName = `Testbarn${Date.now() % 100000}`;

    const sdf = new HostPage(await browser.context().newPage(), env.sdfUrl);
    await sdf.open();
    await sdf.signInAs('jarva.handlaggare');
    await openNav(sdf, 'Barnanmälningar');
    await sdf.page.getByLabel('Barnets förnamn').fill('Lina');
    await sdf.page.getByLabel('Barnets efternamn').fill(lastName);
    await sdf.page.getByLabel('Födelsedatum').fill('2015-03-14');
    await sdf.page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await sdf.page.getByTestId('child-report-success').waitFor();
    await sdf.page.getByTestId('child-report-row').filter({ hasText: lastName }).waitFor();

    const portalContext = await browser.newContext();
    const portal = new HostPage(await portalContext.newPage(), env.portalUrl);
    await portal.open();
    await portal.signInAs('administrator');
    await openNav(portal, 'Barnanmälningar');
    const row = portal.page.getByTestId('child-report-row').filter({ hasText: lastName });
    await row.waitFor();
    expect(await row.textContent()).toContain('Järva');
    await portal.page.screenshot({ path: 'artifacts/child-report-inbox.png' }).catch(() => undefined);

    const contactContext = await browser.newContext();
    const contact = new HostPage(await contactContext.newPage(), env.sdfUrl);
    await contact.open();
    await contact.signInAs('jarva.kontakt');
    await openNav(contact, 'Aviseringar');
    await contact.page.getByTestId('notifications').waitFor();
    expect(await contact.page.getByTestId('notifications').textContent()).toContain(lastName);
  });
});
