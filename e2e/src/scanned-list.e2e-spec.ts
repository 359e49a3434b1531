import { fictitiousRows, LIST_HEADERS, renderScan } from '@statsbidrag/ocr/testing';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser } from './browser.js';
import { e2eEnvironment } from './environment.js';
import { HostPage } from './pages/host-page.js';

const env = e2eEnvironment();
const browser = useBrowser();

describe('a scanned MiG list in the portal (Skannad lista)', () => {
  it('is read with OCR, every uncertain cell is checked against the paper, the reviewed rows go to Excel and are imported', async () => {
    // The "paper": a known list rendered as a slightly turned, noisy 300 dpi scan.
    const paper = fictitiousRows(3, 17);
    const path = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'roselista.png');
    writeFileSync(path, renderScan(paper, { rotation: 0.3, noise: 0.004 }).png);

    const host = new HostPage(await browser.context().newPage(), env.portalUrl);
    await host.open();
    await host.signInAs('samordnare');
    await host.waitUntilSignedIn();
    const page = host.page;
    await page.goto(new URL('importer/skannad-lista', env.portalUrl).toString());
    await page.getByRole('heading', { level: 1, name: 'Skannad lista (Roselista)' }).waitFor();
    await page.getByLabel('Skannad lista', { exact: true }).setInputFiles(path);
    await page.getByRole('button', { name: 'Läs in listan' }).click();
    const summary = page.getByTestId('scan-summary');
    await summary.waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('scan-row').count()).toBe(3);

    // Certain cells must already be right; the user corrects each uncertain one from the paper.
    const importButton = page.getByRole('button', { name: /^Importera de granskade raderna/ });
    for (const [r, row] of paper.entries()) {
      for (const [key, header] of LIST_HEADERS) {
        const cell = page.getByLabel(`Rad ${r + 1}, ${header}`, { exact: true });
        if ((await cell.getAttribute('aria-invalid')) === 'true') {
          // Uncertain: right after all → "Rätt"; wrong → corrected (which confirms it).
          if ((await cell.inputValue()) === row[key]) await page.getByRole('checkbox', { name: `Rätt (Rad ${r + 1}, ${header})` }).check();
          else await cell.fill(row[key]!);
        }
        else expect([key, await cell.inputValue()]).toEqual([key, row[key]]);
      }
    }
    expect(await summary.textContent()).toBe('3 rader från 1 sida. Alla osäkra celler är granskade.');

    // The reviewed rows to Excel: the paper's values, row by row.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Excel' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as never);
    const sheet = workbook.worksheets[0]!;
    const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(2).map(String);
    for (const [r, row] of paper.entries()) expect(cells(r + 2)).toEqual(LIST_HEADERS.map(([key]) => row[key]));

    // Imported as MiG decisions from OCR: the import page follows it; the fictitious persons are unknown, so every row is a deviation to handle.
    await importButton.click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    await page.getByTestId('deviation-row').nth(2).waitFor();
    expect(await page.getByTestId('deviation-row').count()).toBe(3);
  }, 240_000);
});
