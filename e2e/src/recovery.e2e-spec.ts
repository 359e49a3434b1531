import type { Page } from 'playwright-core';
import { asUser } from './api.js';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

async function signIn(page: Page, appUrl: string, username: string): Promise<HostPage> {
  const host = new HostPage(page, appUrl);
  await host.open();
  await host.signInAs(username);
  await host.waitUntilSignedIn();
  return host;
}

describe('a recovery (återkrav) between AmF and the district (portal and SDF app)', () => {
  it('coordinator starts it with a proposed action → the district contact sees it, writes in the thread and accepts after a second question → AmF sees the answer', async () => {
    // A Järva person that the district can see (read through the API as the district would).
    const { persons } = await asUser<{ persons: { edges: { node: { fullName: string; personalIdentityNumber: string | null; closedOn: string | null; purgedAt: string | null; protectedIdentity: boolean } }[] } }>(
      'jarva.handlaggare',
      '{ persons(first: 100) { edges { node { fullName personalIdentityNumber closedOn purgedAt protectedIdentity } } } }',
    );
    const person = persons.edges.map((e) => e.node).find((p) => !p.closedOn && !p.purgedAt && !p.protectedIdentity && p.personalIdentityNumber)!;

    // 5.1 – the coordinator starts the recovery in the portal.
    const portal = await signIn(await browser.context().newPage(), env.portalUrl, 'samordnare');
    const amf = portal.page;
    await amf.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Återkrav' }).click();
    await amf.getByTestId('recovery-summary').waitFor();
    await amf.goto(new URL('aterkrav/ny', env.portalUrl).toString());
    await amf.getByLabel('Sök person').fill(person.personalIdentityNumber!);
    await amf.getByTestId('recovery-person-search-button').click();
    await amf.getByRole('button', { name: `Välj ${person.fullName}` }).click();
    await amf.getByRole('button', { name: /Ersättning/ }).click();
    await amf.getByRole('option').first().click();
    await amf.getByLabel('Period från').fill('2031-02-01');
    await amf.getByLabel('Period till').fill('2031-02-28');
    await amf.getByLabel('Belopp (kr)').fill('2 500,00');
    await amf.getByLabel('Orsak', { exact: true }).fill('Utbetalt två gånger för februari.');
    await amf.getByLabel('Föreslagen åtgärd').fill('Godta återkravet; det kvittas mot nästa utbetalning.');
    await amf.getByTestId('recovery-save').click();
    await amf.getByTestId('recovery-facts').waitFor();
    const recoveryId = new URL(amf.url()).pathname.split('/').pop()!;
    expect(await amf.getByTestId('recovery-fact-amount').textContent()).toBe('2\u00a0500,00\u00a0kr');
    expect(await amf.getByTestId('recovery-fact-remaining').textContent()).toBe('2\u00a0500,00\u00a0kr');

    // The district's contact person is told (in the app; by e-mail too when SMTP is set), with a link to the recovery.
    type Notices = { myNotifications: { title: string; link: string }[] };
    let notices: Notices['myNotifications'] = [];
    for (let i = 0; i < 30 && !notices.some((n) => n.link.endsWith(`/aterkrav/${recoveryId}`)); i++) {
      await amf.waitForTimeout(500);
      notices = (await asUser<Notices>('jarva.kontakt', '{ myNotifications { title link } }')).myNotifications;
    }
    expect(notices.find((n) => n.link.endsWith(`/aterkrav/${recoveryId}`))?.title).toBe('Återkrav att ta ställning till');

    // 5.4–5.6 – the district's contact person finds it in the SDF app with AmF's proposal.
    const sdf = await signIn(await (await browser.newContext()).newPage(), env.sdfUrl, 'jarva.kontakt');
    const district = sdf.page;
    await district.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Återkrav' }).click();
    await district.locator(`a[href$="/aterkrav/${recoveryId}"]`).first().click();
    await district.getByTestId('recovery-facts').waitFor();
    expect(await district.getByTestId('recovery-proposed-action').textContent()).toContain('Godta återkravet; det kvittas mot nästa utbetalning.');
    await district.getByLabel('Nytt meddelande').fill('Vi har kontrollerat: dubbelutbetalningen stämmer.');
    await district.getByTestId('recovery-message-send').click();
    await district.getByTestId('recovery-message-sent').waitFor();
    await district.getByRole('radio', { name: 'Godta' }).check();
    await district.getByTestId('recovery-appeal-submit').click();
    await district.getByRole('button', { name: 'Ja, godta' }).click();
    await district.getByTestId('recovery-appeal-decided').waitFor();
    expect(await district.getByTestId('recovery-appeal-decided').textContent()).toMatch(/^Godta – beslutat av jarva\.kontakt/);

    // AmF sees the district's message and decision.
    await amf.reload();
    await amf.getByTestId('recovery-appeal-decided').waitFor();
    expect(await amf.getByTestId('recovery-message-body').allTextContents()).toContain('Vi har kontrollerat: dubbelutbetalningen stämmer.');
  }, 240_000);
});
