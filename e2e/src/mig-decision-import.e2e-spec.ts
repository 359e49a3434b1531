import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { asUser } from './api.js';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { ClaimDetailPage } from './pages/claim-detail-page.js';
import { HostPage } from './pages/host-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

interface SentClaim {
  id: string;
  periodFrom: string;
  periodTo: string;
  claimType: { code: string };
  person: { id: string; personalIdentityNumber: string | null; migIndividualNumber: string | null } | null;
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const overlaps = (a: { periodFrom: string; periodTo: string }, b: { periodFrom: string; periodTo: string }) => a.periodFrom <= b.periodTo && b.periodFrom <= a.periodTo;

/** A Järva claim sent to MiG whose person has no other claim of the same type in an overlapping period (so MiG's row can only mean this one). */
async function sentJarvaClaim(): Promise<SentClaim> {
  const { claims } = await asUser<{ claims: { edges: { node: SentClaim }[] } }>(
    'samordnare',
    `{ claims(first: 200, filter: { statuses: [ATERSOKNING_INSKICKAD_MIG], districtCode: "JARVA" }) { edges { node { id periodFrom periodTo claimType { code } person { id personalIdentityNumber migIndividualNumber } } } } }`,
  );
  const all = await asUser<{ claims: { edges: { node: SentClaim }[] } }>('samordnare', `{ claims(first: 500, filter: { districtCode: "JARVA" }) { edges { node { id periodFrom periodTo claimType { code } person { id personalIdentityNumber migIndividualNumber } } } } }`);
  const candidate = claims.edges
    .map((e) => e.node)
    .find((c) => c.person && (c.person.personalIdentityNumber || c.person.migIndividualNumber) && c.periodFrom && c.periodTo
      && !all.claims.edges.some(({ node: o }) => o.id !== c.id && o.person?.id === c.person!.id && o.claimType.code === c.claimType.code && o.periodFrom && o.periodTo && overlaps(o, c)));
  if (!candidate) throw new Error('Demodata saknar en skickad återsökning i Järva att matcha mot.');
  return candidate;
}

/** MiG's decisions export (the e-service's column names), one row, written to disk for the file field. */
async function migDecisionFile(row: (string | number)[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Beslut');
  sheet.addRow(['Diarienummer', 'Individnummer', 'Födelsedata', 'Förnamn', 'Efternamn', 'Fr o m', 'T o m', 'Beviljat belopp', 'Referens', 'Ersättning', 'Beslut', 'Beslutsdatum']);
  sheet.addRow(row);
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'mig-beslut.xlsx');
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

async function signIn(page: Page, appUrl: string, username: string): Promise<HostPage> {
  const host = new HostPage(page, appUrl);
  await host.open();
  await host.signInAs(username);
  await host.waitUntilSignedIn();
  return host;
}

/** Chooses an option of a react-aria select by its label. */
async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('MiG decisions from an Excel export (portal and SDF app)', () => {
  it('coordinator uploads → reviews the deviation and links the suggested claim → the claim shows its decision and status → the district sees the decision', async () => {
    const claim = await sentJarvaClaim();
    const identifier = claim.person!.migIndividualNumber ?? claim.person!.personalIdentityNumber!;
    // MiG's case number is not in the claim yet and the period ends a day early: the import cannot be sure, so it asks.
    const caseNumber = `1.1.3-2031-${String(Date.now()).slice(-6)}`;
    const file = await migDecisionFile([caseNumber, identifier, '', '', '', claim.periodFrom, dayBefore(claim.periodTo), '4 321,50', 'E2E-1', claim.claimType.code, 'Beviljad', '2026-10-01']);

    // The coordinator imports the file in the portal.
    const portal = await signIn(await browser.context().newPage(), env.portalUrl, 'samordnare');
    const page = portal.page;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Import från MiG' }).click();
    await page.getByRole('heading', { level: 2, name: 'Importera fil' }).waitFor();
    await choose(page, 'Typ av fil', /beslut/i);
    await choose(page, 'Importprofil', /inbyggd/);
    await page.getByLabel('Fil från MiG', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const answer = page.getByTestId('mig-import-answer');
    await answer.waitFor();
    await answer.getByRole('link').click();

    // The background import finishes with one deviation: the row, why, and the suggested claim.
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    const row = page.getByTestId('deviation-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('deviation-message').textContent()).toContain('överlappande period');
    expect(await row.getByTestId('deviation-original').textContent()).toContain(caseNumber);

    // Review: link the row to the suggested claim; the decision is applied.
    await page.getByRole('button', { name: 'Åtgärda rad 2' }).click();
    const dialog = page.getByTestId('resolve-deviation-dialog');
    await dialog.getByRole('button', { name: 'Koppla till förslaget' }).click();
    await page.getByTestId('deviation-done').waitFor();
    expect(await page.getByTestId('deviation-done').textContent()).toBe('Rad 2 är åtgärdad.');
    // The list shows open deviations: none is left.
    await row.first().waitFor({ state: 'detached' });

    // The claim card lists MiG's decision, and the claim's status followed it (through the event).
    const amf = new ClaimDetailPage(page, env.portalUrl);
    await amf.open(claim.id);
    const decisionRow = page.getByTestId('claim-decision-row');
    await decisionRow.first().waitFor();
    expect(await decisionRow.first().textContent()).toContain('4\u00a0321,50\u00a0kr');
    for (let i = 0; i < 30 && (await amf.status()) !== 'Beslutad'; i++) {
      await page.waitForTimeout(1000);
      await amf.open(claim.id);
    }
    expect(await amf.status()).toBe('Beslutad');

    // The district's officer sees the decision in the SDF app, with its case number.
    const sdf = await signIn(await (await browser.newContext()).newPage(), env.sdfUrl, 'jarva.handlaggare');
    await sdf.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Beslut' }).click();
    const listed = sdf.page.getByTestId('decision-case-number').filter({ hasText: caseNumber });
    await listed.waitFor();
    await listed.getByRole('link').click();
    await sdf.page.getByTestId('decision-card').waitFor();
    expect(await sdf.page.getByTestId('decision-granted').textContent()).toBe('4\u00a0321,50\u00a0kr');
    expect(await sdf.page.getByTestId('decision-outcome').textContent()).toBe('Beviljad');
  }, 240_000);
});
