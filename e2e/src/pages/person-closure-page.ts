import type { Locator, Page } from 'playwright-core';

/** Page object for "Avslut och gallring" on the portal's person card and its dialogs. */
export class PersonClosurePage {
  constructor(readonly page: Page, readonly portalUrl: string) {}

  /** Opens the person card by its address (the session is kept in the tab's sessionStorage). */
  async openCard(personId: string): Promise<void> {
    await this.page.goto(new URL(`personer/${encodeURIComponent(personId)}`, this.portalUrl).toString());
    await this.section().getByTestId('handling-state').waitFor();
  }

  section(): Locator {
    return this.page.getByTestId('person-handling');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async text(testId: string): Promise<string> {
    return ((await this.section().getByTestId(testId).first().textContent()) ?? '').trim();
  }

  openCaseLabels(): Promise<string[]> {
    return this.section().getByTestId('open-case-label').allTextContents();
  }

  /** "Avsluta hantering": opens the dialog, picks the reason and submits; the confirmation step follows. */
  async fillClosure(reason: string, note?: string): Promise<void> {
    await this.section().getByRole('button', { name: 'Avsluta hantering' }).click();
    const dialog = this.dialog();
    await dialog.getByRole('heading', { name: 'Avsluta hantering' }).waitFor();
    await dialog.getByTestId('closure-reason').getByRole('button').click();
    await this.page.getByRole('option', { name: reason, exact: true }).click();
    if (note !== undefined) await dialog.getByLabel(/^Kommentar/).fill(note);
    await dialog.getByRole('button', { name: 'Avsluta hantering' }).click();
  }

  async confirmClosure(): Promise<void> {
    await this.dialog().getByTestId('close-handling-confirm').waitFor();
    await this.dialog().getByRole('button', { name: 'Ja, avsluta hanteringen' }).click();
  }

  /** The refusal in the dialog (message and the open cases it names). */
  async refusal(): Promise<{ message: string; cases: string[] }> {
    const alert = this.dialog().getByTestId('handling-refusal');
    await alert.waitFor();
    return { message: ((await alert.textContent()) ?? '').trim(), cases: (await alert.getByTestId('refusing-case').allTextContents()).map((t) => t.trim()) };
  }

  async cancelDialog(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Avbryt' }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** Waits until the card shows the given handling state, e.g. /^Avslutad /. */
  async waitForState(pattern: RegExp): Promise<string> {
    const state = this.section().getByTestId('handling-state');
    await state.filter({ hasText: pattern }).waitFor();
    return ((await state.textContent()) ?? '').trim();
  }
}
