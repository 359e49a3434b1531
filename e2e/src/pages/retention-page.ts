import type { Locator, Page } from 'playwright-core';

/** Page object for the portal's "Gallring" page: persons due for purging, running the purge, and the purge log. */
export class RetentionPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Gallring', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Gallring' }).waitFor();
    await this.page.getByTestId('candidates-count').waitFor();
  }

  /** "Att gallra" per the given date (ÅÅÅÅ-MM-DD). */
  async showCandidatesOn(date: string): Promise<void> {
    await this.page.getByLabel(/^Per datum/).fill(date);
    await this.page.getByRole('form', { name: 'Att gallra per datum' }).getByRole('button', { name: 'Visa' }).click();
    await this.page.getByTestId('candidates-count').filter({ hasText: date }).waitFor();
  }

  candidateRow(personId: string): Locator {
    return this.page.getByTestId('candidate-row').filter({ has: this.page.locator(`a[href="/personer/${encodeURIComponent(personId)}"]`) });
  }

  /** "Kör gallring nu": returns what the confirmation says, then cancels (nothing is purged). */
  async planPurgeAndCancel(): Promise<string> {
    await this.page.getByRole('button', { name: 'Kör gallring nu' }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Kör gallring nu?' });
    const plan = ((await dialog.getByTestId('purge-run-plan').textContent()) ?? '').trim();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    return plan;
  }

  async openLog(): Promise<string> {
    await this.page.getByRole('tab', { name: 'Gallringslogg' }).click();
    const count = this.page.getByTestId('purge-log-count');
    await count.waitFor();
    return ((await count.textContent()) ?? '').trim();
  }
}
