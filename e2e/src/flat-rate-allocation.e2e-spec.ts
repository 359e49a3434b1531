import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { asUser } from './api.js';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

interface Instalment { number: number; dueMonth: string; expectedAmount: number; status: string }
interface Schedule { personId: string; receptionDate: string; instalments: Instalment[] }
interface Due { personId: string; receptionDate: string; instalment: Instalment; pnr: string; mig: string | null }

/** Kronor as MiG writes them in the text file: "16500,00". */
const kronor = (ore: number) => `${Math.trunc(ore / 100)},${String(ore % 100).padStart(2, '0')}`;
const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const compact = (date: string) => date.replaceAll('-', '');
/** "1 234,50 kr" as the screens print öre (no-break spaces). */
const screenKronor = (ore: number) => `${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100)}\u00a0kr`;

const SCHEDULES = `query($district: String) { flatRateSchedules(districtCode: $district, status: "OPEN", first: 500) {
  edges { node { personId receptionDate instalments { number dueMonth expectedAmount status } } } } }`;

/**
 * A Järva person and a person of another district who both have an unpaid generalschablon
 * instalment due in the same month (the demo data has paid everything up to 2026-10), with their
 * identifiers from the person register.
 */
async function instalmentsDueInOneMonth(): Promise<{ month: string; jarva: Due; other: Due }> {
  type Candidate = { node: Schedule; instalment: Instalment };
  const unpaid = async (district: string | null) => {
    const { flatRateSchedules } = await asUser<{ flatRateSchedules: { edges: { node: Schedule }[] } }>('samordnare', SCHEDULES, { district });
    return flatRateSchedules.edges.flatMap(({ node }) => node.instalments.filter((i) => i.status === 'UNPAID').map((instalment): Candidate => ({ node, instalment })));
  };
  const jarva = await unpaid('JARVA');
  const others = (await unpaid(null)).filter((c) => !jarva.some((j) => j.node.personId === c.node.personId));
  const pairs = jarva
    .map((j) => ({ j, o: others.find((o) => o.instalment.dueMonth === j.instalment.dueMonth) }))
    .filter((x): x is { j: Candidate; o: Candidate } => x.o !== undefined)
    .sort((a, b) => a.j.instalment.dueMonth.localeCompare(b.j.instalment.dueMonth));
  const pair = pairs[0];
  if (!pair) throw new Error('Demodata saknar en person i Järva och en i en annan stadsdel med en delbetalning samma månad.');
  const withIdentifiers = async ({ node, instalment }: Candidate): Promise<Due> => {
    const { person } = await asUser<{ person: { personalIdentityNumber: string; migIndividualNumber: string | null } }>(
      'samordnare', 'query($id: ID!) { person(id: $id) { personalIdentityNumber migIndividualNumber } }', { id: node.personId },
    );
    return { personId: node.personId, receptionDate: node.receptionDate, instalment, pnr: person.personalIdentityNumber, mig: person.migIndividualNumber };
  };
  return { month: pair.j.instalment.dueMonth, jarva: await withIdentifiers(pair.j), other: await withIdentifiers(pair.o) };
}

/** MiG's generalschablon file in the semicolon layout (ADR 0017), written to disk for the file field. */
function generalschablonFile(month: string, rows: { pnr: string; mig: string | null; due: Due }[]): string {
  const header = 'Personnummer;Individnummer;Namn;Mottagningsdatum;Ersättningskod;Delbetalning;Fr o m;T o m;Belopp;Utbetalningsdatum';
  const lines = rows.map(({ pnr, mig, due }) =>
    [pnr, mig ?? '', 'Testperson E2E', compact(due.receptionDate), 'NSCH', String(due.instalment.number), '', '', kronor(due.instalment.expectedAmount), compact(lastDayOf(month))].join(';'),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-')), `generalschablon-${month}.csv`);
  writeFileSync(path, [header, ...lines, ''].join('\n'), 'utf8');
  return path;
}

async function signIn(page: Page, appUrl: string, username: string): Promise<HostPage> {
  const host = new HostPage(page, appUrl);
  await host.open();
  await host.signInAs(username);
  await host.waitUntilSignedIn();
  return host;
}

async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: new RegExp(label) }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('flat-rate month: import → deviations → allocation sheet → district (portal and SDF app)', () => {
  it('coordinator imports the generalschablon file, corrects the deviating row, reviews and approves the month; Järva sees its money', async () => {
    const { month, jarva, other } = await instalmentsDueInOneMonth();
    // The Järva row has a mistyped check digit and no MiG number: the import cannot know who it is.
    const typo = `${jarva.pnr.slice(0, 11)}${(Number(jarva.pnr.slice(11)) + 1) % 10}`;
    const file = generalschablonFile(month, [{ pnr: other.pnr, mig: other.mig, due: other }, { pnr: typo, mig: '', due: jarva }]);
    const total = jarva.instalment.expectedAmount + other.instalment.expectedAmount;

    // 1. Import the month's file in the portal.
    const portal = await signIn(await browser.context().newPage(), env.portalUrl, 'samordnare');
    const page = portal.page;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Schabloner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer av schabloner' }).waitFor();
    await choose(page, 'Typ av fil', /Generalschablon/);
    await choose(page, 'Importprofil', /semikolon/i);
    await page.getByLabel('Fil med schabloner', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const answer = page.getByTestId('flat-rate-import-answer');
    await answer.waitFor();
    await answer.getByRole('link').click();

    // 2. One row booked, one deviation with its reason; correct the personnummer.
    await page.getByTestId('flat-rate-import-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('flat-rate-import-total').textContent()).toBe(screenKronor(total));
    const row = page.getByTestId('flat-rate-deviation-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('Ogiltigt personnummer');
    await page.getByRole('button', { name: /^Rätta rad 3 i / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Personnummer', { exact: true }).fill(jarva.pnr);
    await dialog.getByRole('button', { name: 'Spara rättelsen' }).click();
    await page.getByTestId('flat-rate-deviation-done').waitFor();
    await row.first().waitFor({ state: 'detached' });

    // 3. The month's allocation sheet: save, review, approve (reconciled to the öre).
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Fördelning' }).click();
    await page.getByLabel('Månad (ÅÅÅÅ-MM)').fill(month);
    await page.getByRole('button', { name: 'Öppna månaden' }).click();
    await page.getByRole('heading', { level: 1, name: `Fördelningsark ${month}` }).waitFor();
    await page.getByTestId('reconciliation-banner').waitFor();
    expect(await page.getByTestId('reconciliation-banner').textContent()).toContain('Avstämningen går ihop');
    expect(await page.getByTestId('code-NSCH').textContent()).toContain(screenKronor(total));
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('button', { name: 'Markera som granskad' }).click();
    await page.getByRole('button', { name: 'Godkänn och lås' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Godkänn och lås' }).click();
    await page.getByTestId('sheet-locked').waitFor();
    expect(await page.getByTestId('sheet-status').textContent()).toMatch(/Godkänd/);

    // 4. The Järva officer sees the month's money in the SDF app.
    const sdf = await signIn(await (await browser.newContext()).newPage(), env.sdfUrl, 'jarva.handlaggare');
    await sdf.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Fördelade medel' }).click();
    await sdf.page.getByLabel('Från månad (ÅÅÅÅ-MM)').fill(month);
    await sdf.page.getByLabel('Till månad (ÅÅÅÅ-MM)').fill(month);
    await sdf.page.getByRole('button', { name: 'Visa perioden' }).click();
    const moneyRow = sdf.page.getByTestId('money-row').filter({ hasText: month });
    await moneyRow.waitFor();
    // Only Järva's own money: the other district's row in the same file is not theirs.
    expect(await moneyRow.textContent()).toContain(screenKronor(jarva.instalment.expectedAmount));
    await moneyRow.getByRole('link').first().click();
    await sdf.page.getByRole('heading', { level: 1, name: `Fördelade medel ${month}` }).waitFor();
    // The person behind the generalschablon money: the corrected row, booked on Järva.
    const personRow = sdf.page.getByTestId('flat-rate-row').filter({ hasText: 'NSCH' });
    await personRow.first().waitFor();
    expect(await personRow.count()).toBe(1);
    expect(await personRow.textContent()).toContain(screenKronor(jarva.instalment.expectedAmount));
  }, 300_000);
});
