import type { Page } from 'playwright-core';

/** Page object for the portal's person search and person card. */
export class PersonsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Personer', exact: true }).click();
    await this.page.getByRole('search', { name: 'Sök person' }).waitFor();
  }

  async search(term: string): Promise<void> {
    const field = this.page.getByRole('searchbox', { name: /Sök på namn/ });
    await field.fill(term);
    await field.press('Enter');
    await this.page.getByTestId('persons-count').waitFor();
  }

  names(): Promise<string[]> {
    return this.page.getByTestId('person-name').allTextContents();
  }

  async openCard(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).first().click();
    await this.page.getByTestId('person-identity').waitFor();
  }

  async text(testId: string): Promise<string> {
    return ((await this.page.getByTestId(testId).first().textContent()) ?? '').trim();
  }

  registrationAddresses(): Promise<string[]> {
    return this.page.getByTestId('registration-address').allTextContents();
  }
}
