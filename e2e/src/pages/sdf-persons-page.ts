import type { Locator, Page } from 'playwright-core';

/** Page object for "Personer" in the SDF app: the district's person search and the read-only person card. */
export class SdfPersonsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Personer', exact: true }).click();
    await this.page.getByRole('search', { name: 'Sök person' }).waitFor();
  }

  /** Searches and waits for the answer: a result table or the empty state. */
  async search(term: string): Promise<void> {
    const field = this.page.getByRole('searchbox', { name: /Sök på namn/ });
    await field.fill(term);
    await field.press('Enter');
    await this.page.getByTestId('persons-count').or(this.page.getByTestId('persons-empty')).or(this.page.getByTestId('persons-error')).waitFor();
  }

  names(): Promise<string[]> {
    return this.page.getByTestId('person-name').allTextContents();
  }

  empty(): Locator {
    return this.page.getByTestId('persons-empty');
  }

  async openCard(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).first().click();
    await this.page.getByTestId('person-identity').or(this.page.getByTestId('person-not-found')).waitFor();
  }

  heading(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  async text(testId: string): Promise<string> {
    return ((await this.page.getByTestId(testId).first().textContent()) ?? '').trim();
  }

  registrationAddresses(): Promise<string[]> {
    return this.page.getByTestId('registration-address').allTextContents();
  }

  claimTypes(): Promise<string[]> {
    return this.page.getByTestId('person-claim-type').allTextContents();
  }

  claimAmounts(): Promise<string[]> {
    return this.page.getByTestId('person-claim-amount').allTextContents();
  }

  /** "Tillbaka till sökningen": the list of the same search comes back. */
  async backToSearch(): Promise<void> {
    await this.page.getByRole('link', { name: /Tillbaka till sökningen/ }).click();
    await this.page.getByTestId('persons-count').waitFor();
  }
}
