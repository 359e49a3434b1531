import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { asUser } from './api.js';
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

/** A real one-page PDF on disk, for the file field. */
async function invoicePdf(): Promise<string> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Faktura tolk 2031-01');
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'faktura-tolk.pdf');
  writeFileSync(path, await pdf.save());
  return path;
}

/** Chooses an option of a react-aria select by its label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function signIn(page: Page, appUrl: string, username: string): Promise<HostPage> {
  const host = new HostPage(page, appUrl);
  await host.open();
  await host.signInAs(username);
  await host.waitUntilSignedIn();
  return host;
}

// The specs share one platform: a period of its own keeps this claim apart from the demo data's.
const PERIOD = { from: '2031-01-01', to: '2031-01-31' };

describe('a claim from the district to MiG (SDF app and portal)', () => {
  it('district starts it with an attachment → AmF accepts and asks for a supplement → district answers → AmF compiles the application and marks it sent → district sees the final status', async () => {
    // A Järva person without a closure, and a claim type that needs nothing but the financial statement.
    const { persons } = await asUser<{ persons: { edges: { node: { fullName: string; personalIdentityNumber: string | null; closedOn: string | null; purgedAt: string | null; protectedIdentity: boolean } }[] } }>(
      'jarva.handlaggare',
      '{ persons(first: 100) { edges { node { fullName personalIdentityNumber closedOn purgedAt protectedIdentity } } } }',
    );
    const person = persons.edges.map((e) => e.node).find((p) => !p.closedOn && !p.purgedAt && !p.protectedIdentity && p.personalIdentityNumber)!;
    const { claimTypes } = await asUser<{ claimTypes: { code: string; name: string; requiredAttachmentKinds: string[] }[] }>('jarva.handlaggare', '{ claimTypes { code name requiredAttachmentKinds } }');
    const type = claimTypes.find((t) => t.requiredAttachmentKinds.join() === 'EKONOMISKT_UNDERLAG')!;

    // 1a – the district's officer starts the claim in the SDF app.
    const sdf = await signIn(await browser.context().newPage(), env.sdfUrl, 'jarva.handlaggare');
    const sdfPage = sdf.page;
    await sdfPage.getByRole('link', { name: 'Ny återsökning' }).click();
    await sdfPage.getByRole('heading', { level: 1, name: 'Ny återsökning' }).waitFor();
    await sdfPage.getByLabel('Sök person').fill(person.personalIdentityNumber!);
    await sdfPage.getByTestId('start-claim-person-search-button').click();
    await sdfPage.getByRole('button', { name: `Välj ${person.fullName}` }).click();
    await choose(sdfPage, 'Kostnadsbärande enhet', 'Individ- och familjeomsorg Järva');
    await choose(sdfPage, 'Ersättningstyp', `${type.name} (${type.code})`);
    expect((await sdfPage.getByTestId('start-claim-type-code').textContent())?.trim()).toBe(`Kod hos Migrationsverket: ${type.code}`);
    await sdfPage.getByLabel('Belopp (kr)').fill('12 345,50');
    await sdfPage.getByLabel('Period från').fill(PERIOD.from);
    await sdfPage.getByLabel('Period till').fill(PERIOD.to);
    await sdfPage.getByLabel('Fråga till Statsbidragsgruppen (valfritt)').fill('Räknas tolkkostnaden?');
    await choose(sdfPage, 'Vad är filen', 'Ekonomiskt underlag');
    await sdfPage.getByLabel('Fil', { exact: true }).setInputFiles(await invoicePdf());
    await sdfPage.getByTestId('attachment-picker-add').click();
    await sdfPage.getByTestId('start-claim-submit').click();

    // The claim opens; the attachment completed the documents, so the status moved on by itself.
    const district = new ClaimDetailPage(sdfPage, env.sdfUrl);
    await sdfPage.getByTestId('claim-status').waitFor();
    const claimId = new URL(sdfPage.url()).pathname.split('/').pop()!;
    await district.waitForStatus('Underlag från SDF inkommet');
    expect(await district.text('claim-amount')).toBe('12\u00a0345,50\u00a0kr');

    // 2a – the coordinator sees the claim, its attachment, and accepts.
    const portal = await signIn(await (await browser.newContext()).newPage(), env.portalUrl, 'samordnare');
    const amf = new ClaimDetailPage(portal.page, env.portalUrl);
    await amf.open(claimId);
    expect(await amf.status()).toBe('Underlag från SDF inkommet');
    expect(await amf.text('claim-person')).toBe(person.fullName);
    expect(await amf.text('claim-question')).toBe('Räknas tolkkostnaden?');
    await portal.page.getByRole('button', { name: 'Ladda ner faktura-tolk.pdf' }).waitFor();
    await amf.takeStep('ACCEPT', { texts: { 'Kommentar (frivillig)': 'Underlaget räcker' } });
    await amf.waitForStatus('Återsökning accepterad av AmF');

    // 3 – preparation and a supplement request.
    await amf.takeStep('START_PREPARING');
    await amf.takeStep('REQUEST_SUPPLEMENT', { texts: { 'Vad behöver kompletteras?': 'Skicka insatsbeslutet', 'Svara senast (ÅÅÅÅ-MM-DD)': stockholmDate(14) } });
    await amf.waitForStatus('Komplettering från SDF begärd');

    // The district answers.
    await district.open(claimId);
    expect(await district.status()).toBe('Komplettering från SDF begärd');
    await district.takeStep('ANSWER_SUPPLEMENT', { texts: { 'Svar på kompletteringen': 'Insatsbeslutet är bifogat' } });
    await district.waitForStatus('Komplettering från SDF inkommen');

    // 5.1 – the coordinator resumes and compiles the application for the claim type and period.
    await amf.open(claimId);
    expect(await amf.text('supplement-answer')).toBe('Insatsbeslutet är bifogat');
    await amf.takeStep('RESUME_PREPARATION');
    const page = portal.page;
    await page.goto(new URL(`ansokningar/ny?typ=${type.code}&fran=${PERIOD.from}&till=${PERIOD.to}`, env.portalUrl).toString());
    await page.getByTestId('new-mig-application-claims').waitFor();
    expect(await page.getByTestId('new-mig-application-claim').count()).toBe(1);
    expect(await page.getByTestId('new-mig-application-claim').first().getAttribute('value')).toBe(claimId);
    await page.getByTestId('new-mig-application-submit').click();
    await page.getByTestId('mig-application-facts').waitFor();
    expect((await page.getByTestId('mig-application-count').textContent())?.trim()).toBe('1');
    expect((await page.getByTestId('mig-application-total').textContent())?.trim()).toBe('12\u00a0345,50\u00a0kr');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('mig-application-download-xlsx').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map((v) => (v == null ? '' : String(v)));
    expect(cells).toContain(person.fullName);
    expect(cells.some((v) => v.includes(type.code))).toBe(true);

    // 5.2 – sent with MiG's diarienummer.
    await amf.open(claimId);
    await amf.takeStep('MARK_SENT_TO_MIG', { texts: { 'MiG:s diarienummer': 'MIG-2031-4711' }, selects: { Inskickad: 'Via MiG:s e-tjänst' } });
    await amf.waitForStatus('Återsökning inskickad till MiG');
    await page.screenshot({ path: 'artifacts/claim-sent-to-mig.png' }).catch(() => undefined);

    // The district sees the final status and the whole history.
    await district.open(claimId);
    expect(await district.status()).toBe('Återsökning inskickad till MiG');
    expect(await district.text('claim-mig-case-number')).toBe('MIG-2031-4711');
    const history = (await sdfPage.getByTestId('history-to').allTextContents()).map((t) => t.trim());
    expect(history).toEqual([
      'Initierad av SDF',
      'Underlag från SDF inkommet',
      'Återsökning accepterad av AmF',
      'Återsökning förbereds av AmF',
      'Komplettering från SDF begärd',
      'Komplettering från SDF inkommen',
      'Återsökning förbereds av AmF',
      'Återsökning inskickad till MiG',
    ]);
  });
});
