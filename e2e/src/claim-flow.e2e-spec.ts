import { CLAIM_TYPES } from '@statsbidrag/demo-data';
import { gatewayUrls, graphql, tokenFor } from './api.js';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { ClaimDetailPage } from './pages/claim-detail-page.js';
import { HostPage } from './pages/host-page.js';

const env = e2eEnvironment();
const browser = useBrowser();


/** ÅÅÅÅ-MM-DD in Stockholm, `days` from today. */
function stockholmDate(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/** The Järva officer starts a claim (INITIERAD_AV_SDF). The SDF app has no form for it yet, so through the API. */
async function officerStartsClaim(): Promise<{ id: string; personName: string }> {
  const { graphqlUrl, authUrl } = await gatewayUrls();
  const token = await tokenFor(authUrl, 'jarva.handlaggare');
  const persons = await graphql<{ persons: { edges: { node: { id: string; fullName: string; closedOn: string | null; purgedAt: string | null } }[] } }>(
    graphqlUrl,
    token,
    '{ persons(first: 50) { edges { node { id fullName closedOn purgedAt } } } }',
  );
  const person = persons.persons.edges.map((e) => e.node).find((p) => !p.closedOn && !p.purgedAt);
  if (!person) throw new Error('Ingen öppen person i Järva');
  const created = await graphql<{ initiateClaim: { id: string; status: string } }>(
    graphqlUrl,
    token,
    'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id status } }',
    {
      input: { personId: person.id, districtCode: 'JARVA', claimTypeCode: CLAIM_TYPES[0]!.code, amount: 1_234_500, periodFrom: '2026-01-01', periodTo: '2026-03-31', question: 'Räknas tolkkostnaden?' },
    },
  );
  expect(created.initiateClaim.status).toBe('INITIERAD_AV_SDF');
  return { id: created.initiateClaim.id, personName: person.fullName };
}

describe('a claim from the district to MiG (portal and SDF app)', () => {
  it('coordinator accepts and asks for a supplement, the officer answers, the coordinator marks it sent; the officer sees the final status', async () => {
    const claim = await officerStartsClaim();

    const portal = new HostPage(await browser.context().newPage(), env.portalUrl);
    await portal.open();
    await portal.signInAs('samordnare');
    await portal.waitUntilSignedIn();
    const amf = new ClaimDetailPage(portal.page, env.portalUrl);
    await amf.open(claim.id);
    expect(await amf.status()).toBe('Initierad av SDF');
    expect(await amf.text('claim-person')).toBe(claim.personName);
    expect(await amf.text('claim-question')).toBe('Räknas tolkkostnaden?');

    await amf.takeStep('ACCEPT', { texts: { 'Kommentar (frivillig)': 'Underlaget räcker' } });
    expect(amf.focusedOnOpen).toBe('comment');
    await amf.waitForStatus('Återsökning accepterad av AmF');
    await amf.takeStep('START_PREPARING');
    await amf.takeStep('REQUEST_SUPPLEMENT', { texts: { 'Vad behöver kompletteras?': 'Skicka insatsbeslutet', 'Svara senast (ÅÅÅÅ-MM-DD)': stockholmDate(14) } });
    await amf.waitForStatus('Komplettering från SDF begärd');
    expect(await amf.text('supplement-description')).toBe('Skicka insatsbeslutet');

    const sdf = new HostPage(await (await browser.newContext()).newPage(), env.sdfUrl);
    await sdf.open();
    await sdf.signInAs('jarva.handlaggare');
    await sdf.waitUntilSignedIn();
    const district = new ClaimDetailPage(sdf.page, env.sdfUrl);
    await district.open(claim.id);
    expect(await district.status()).toBe('Komplettering från SDF begärd');
    await district.takeStep('ANSWER_SUPPLEMENT', { texts: { 'Svar på kompletteringen': 'Insatsbeslutet är bifogat' } });
    expect(district.focusedOnOpen).toBe('answer');
    await district.waitForStatus('Komplettering från SDF inkommen');
    expect(await district.actions()).toEqual([]);

    await amf.open(claim.id);
    expect(await amf.text('supplement-answer')).toBe('Insatsbeslutet är bifogat');
    await amf.takeStep('RESUME_PREPARATION');
    await amf.takeStep('MARK_SENT_TO_MIG', { texts: { 'MiG:s diarienummer': 'MIG-2026-4711' }, selects: { Inskickad: 'Via MiG:s e-tjänst' } });
    await amf.waitForStatus('Återsökning inskickad till MiG');
    expect(await amf.text('claim-mig-case-number')).toBe('MIG-2026-4711');
    await portal.page.screenshot({ path: 'artifacts/claim-sent-to-mig.png' }).catch(() => undefined);

    await district.open(claim.id);
    expect(await district.status()).toBe('Återsökning inskickad till MiG');
    expect(await district.text('claim-mig-case-number')).toBe('MIG-2026-4711');
    const history = (await sdf.page.getByTestId('history-to').allTextContents()).map((t) => t.trim());
    expect(history).toEqual([
      'Initierad av SDF',
      'Återsökning accepterad av AmF',
      'Återsökning förbereds av AmF',
      'Komplettering från SDF begärd',
      'Komplettering från SDF inkommen',
      'Återsökning förbereds av AmF',
      'Återsökning inskickad till MiG',
    ]);
  });
});
