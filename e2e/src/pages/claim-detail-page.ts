import type { Locator, Page } from 'playwright-core';

/** Values for a status step's dialog, by the field's visible label (a select's label starts with "Orsak" or "Inskickad"). */
export interface StepFields {
  texts?: Record<string, string>;
  selects?: Record<string, string>;
}

/** Page object for the claims remote's claim page (`/atersokningar/<id>`) inside a host. */
export class ClaimDetailPage {
  /** The `name` of the field that had focus when the last step's dialog opened. */
  focusedOnOpen: string | null = null;

  constructor(
    readonly page: Page,
    readonly appUrl: string,
  ) {}

  /** Opens the claim's page directly (the host keeps the session in this tab). */
  async open(claimId: string): Promise<void> {
    await this.page.goto(new URL(`atersokningar/${encodeURIComponent(claimId)}`, this.appUrl).toString());
    await this.page.getByTestId('claim-status').waitFor();
  }

  async status(): Promise<string> {
    return ((await this.page.getByTestId('claim-status').textContent()) ?? '').trim();
  }

  /** Waits until the claim shows the status (the page refreshes the claim after a step). */
  async waitForStatus(label: string): Promise<void> {
    await this.page.getByTestId('claim-status').filter({ hasText: label }).waitFor();
  }

  /** The labels of the status buttons the server offers. */
  async actions(): Promise<string[]> {
    const group = this.page.getByTestId('claim-actions');
    if ((await group.count()) === 0) return [];
    return (await group.getByRole('button').allTextContents()).map((t) => t.trim());
  }

  dialog(): Locator {
    return this.page.getByTestId('claim-transition-dialog');
  }

  /** Takes a status step: opens its dialog, fills the fields and confirms (and answers the second question, if asked). */
  async takeStep(command: string, fields: StepFields = {}): Promise<void> {
    const button = this.page.getByTestId(`claim-action-${command}`);
    const label = ((await button.textContent()) ?? '').trim();
    await button.click();
    const dialog = this.dialog();
    await dialog.waitFor();
    this.focusedOnOpen = await this.page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent ?? null);
    for (const [fieldLabel, value] of Object.entries(fields.texts ?? {})) await dialog.getByLabel(fieldLabel, { exact: true }).fill(value);
    for (const [fieldLabel, option] of Object.entries(fields.selects ?? {})) {
      await dialog.getByRole('button', { name: new RegExp(fieldLabel) }).click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    }
    await dialog.getByRole('button', { name: label, exact: true }).click();
    const confirm = this.page.getByTestId('claim-transition-confirm');
    if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button', { name: /^Ja, / }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.page.getByTestId('claim-transition-done').waitFor();
  }

  async text(testId: string): Promise<string> {
    return ((await this.page.getByTestId(testId).first().textContent()) ?? '').trim();
  }
}
