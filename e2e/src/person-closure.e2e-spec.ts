import { CLAIMS } from '@statsbidrag/demo-data';
import { gatewayUrls, graphql, tokenFor } from './api.js';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';
import { PersonClosurePage } from './pages/person-closure-page.js';
import { RetentionPage } from './pages/retention-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

interface ApiPerson {
  id: string;
  fullName: string;
  closedOn: string | null;
  purgedAt: string | null;
  openCases: { context: string; label: string; statusLabel: string }[];
}


async function allPersons(graphqlUrl: string, token: string): Promise<ApiPerson[]> {
  const data = await graphql<{ persons: { edges: { node: ApiPerson }[] } }>(
    graphqlUrl,
    token,
    '{ persons(first: 500) { edges { node { id fullName closedOn purgedAt openCases { context label statusLabel } } } } }',
  );
  return data.persons.edges.map((e) => e.node);
}

/** A person to close: not closed, no open case now, and no open claim in the demo data (so no event can still be on its way). */
async function personWithoutOpenCases(graphqlUrl: string, token: string, except: readonly string[] = []): Promise<ApiPerson> {
  return eventually('en person utan pågående ärenden', async () =>
    (await allPersons(graphqlUrl, token)).find((p) => !p.closedOn && !p.purgedAt && p.openCases.length === 0 && personsWithOnlyClosedClaims.has(p.id) && !except.includes(p.id)),
  );
}

const stockholmToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** Polls until `pick` finds something (the open-case list reaches the person subgraph through events shortly after start). */
async function eventually<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 2_000)) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Väntade förgäves på ${what}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Persons whose demo claims are all in a closed status: they have no open claim even before every event has arrived. */
const CLOSED = new Set(['ATERSOKNING_AVVISAD_SDF', 'ATERSOK_AVVISA_AMF', 'UTBETALD', 'FARDIGBEHANDLAT']);
const personsWithOnlyClosedClaims = new Set(
  [...new Set(CLAIMS.map((c) => c.personId))].filter((id) => CLAIMS.filter((c) => c.personId === id).every((c) => CLOSED.has(c.status))),
);

describe('closing a person’s grant handling (portal person card)', () => {
  it('is refused while a claim is open, naming it; a person without open cases is closed with reason Avlidit and gets a computed purge date', async () => {
    const { graphqlUrl, authUrl } = await gatewayUrls();
    const token = await tokenFor(authUrl, 'samordnare');

    // Wait until the claims' states have reached the person subgraph.
    const withOpenClaim = await eventually('en person med pågående återsökning', async () =>
      (await allPersons(graphqlUrl, token)).find((p) => !p.closedOn && !p.purgedAt && p.openCases.some((c) => c.context === 'claims')),
    );
    const withoutOpenCases = await personWithoutOpenCases(graphqlUrl, token);
    const openClaim = withOpenClaim.openCases.find((c) => c.context === 'claims')!;

    const portal = new HostPage(await browser.context().newPage(), env.portalUrl);
    await portal.open();
    await portal.signInAs('samordnare');
    await portal.waitUntilSignedIn();
    const card = new PersonClosurePage(portal.page, env.portalUrl);

    // 1. A person with an open claim: the closure is refused and the claim is named in the dialog.
    await card.openCard(withOpenClaim.id);
    expect(await card.text('handling-state')).toBe('Pågår');
    expect(await card.openCaseLabels()).toContain(openClaim.label);
    await card.fillClosure('Avlidit');
    await card.confirmClosure();
    const refusal = await card.refusal();
    expect(refusal.message).toContain('Hanteringen kan inte avslutas');
    expect(refusal.cases.some((c) => c.startsWith(`${openClaim.label} – ${openClaim.statusLabel}`))).toBe(true);
    await portal.page.screenshot({ path: 'artifacts/person-closure-refused.png' }).catch(() => undefined);
    await card.cancelDialog();
    expect(await card.text('handling-state')).toBe('Pågår');

    // 2. A person without open cases: closed with reason Avlidit; the card shows it and a computed purge date.
    await card.openCard(withoutOpenCases.id);
    expect(await card.text('handling-state')).toBe('Pågår');
    await card.fillClosure('Avlidit');
    await card.confirmClosure();
    await card.dialog().waitFor({ state: 'detached' });
    const state = await card.waitForState(/^Avslutad /);
    expect(state).toMatch(/^Avslutad \d{4}-\d{2}-\d{2} – Avlidit$/);
    expect(await card.text('closed-by')).toBeTruthy();
    expect(await card.text('purge-date')).toMatch(/^\d{4}-\d{2}-\d{2} \(beräknat\)$/);
    expect(await card.section().getByTestId('handling-history-action').allTextContents()).toContain('Hanteringen avslutad');
    expect(await card.section().getByRole('button', { name: 'Öppna igen' }).count()).toBe(1);
    await portal.page.screenshot({ path: 'artifacts/person-closure-closed.png' }).catch(() => undefined);
  });

  it('lists a closed person on the Gallring page per its purge date, asks before running the purge, and shows the log (system administrator)', async () => {
    const { graphqlUrl, authUrl } = await gatewayUrls();
    const coordinator = await tokenFor(authUrl, 'samordnare');
    const person = await personWithoutOpenCases(graphqlUrl, coordinator);
    const closed = await graphql<{ closePersonHandling: { purgeOn: string; purgeOnSetManually: boolean } }>(
      graphqlUrl,
      coordinator,
      'mutation ($input: ClosePersonHandlingInput!) { closePersonHandling(input: $input) { purgeOn purgeOnSetManually } }',
      { input: { personId: person.id, closedOn: stockholmToday(), reason: 'SVENSKT_MEDBORGARSKAP' } },
    );
    expect(closed.closePersonHandling.purgeOnSetManually).toBe(false);
    const purgeOn = closed.closePersonHandling.purgeOn;

    const portal = new HostPage(await browser.context().newPage(), env.portalUrl);
    await portal.open();
    await portal.signInAs('systemansvarig');
    await portal.waitUntilSignedIn();
    const retention = new RetentionPage(portal.page);
    await retention.open();
    // Not due today (three weeks after the closure at the earliest) …
    expect(await retention.candidateRow(person.id).count()).toBe(0);
    // … but on its purge date, with nothing in the way.
    await retention.showCandidatesOn(purgeOn);
    const row = retention.candidateRow(person.id);
    await row.waitFor();
    expect(await row.getByTestId('candidate-purge-on').textContent()).toBe(purgeOn);
    expect(await row.getByTestId('candidate-blocking').textContent()).toBe('Inga – kan gallras');
    await portal.page.screenshot({ path: 'artifacts/retention-candidates.png' }).catch(() => undefined);

    // The confirmation counts today's purge (from the server), whatever date the list shows; cancelled here.
    expect(await retention.planPurgeAndCancel()).toMatch(/gallras i dag\./);
    expect(await retention.openLog()).toMatch(/^Visar \d+ av \d+$/);
  });
});
