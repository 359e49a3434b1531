import type { Locator, Page } from 'playwright-core';

export interface NewPersonFields {
  firstName: string;
  lastName: string;
  personalIdentityNumber?: string;
  migIndividualNumber?: string;
  birthDate?: string;
  /** The district's name in the select. */
  district?: string;
}

/** Page object for the portal's "Registrera person" page and "Ändra personuppgifter" on the person card. */
export class PersonRegisterPage {
  constructor(readonly page: Page) {}

  private main(): Locator {
    return this.page.getByRole('main');
  }

  /** From the person search: the "Registrera person" link opens the form. */
  async openFromSearch(): Promise<void> {
    await this.main().getByRole('link', { name: 'Registrera person', exact: true }).click();
    await this.form().waitFor();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Registrera person' });
  }

  async fill(fields: NewPersonFields): Promise<void> {
    const form = this.form();
    const field = (name: string) => form.getByRole('textbox', { name, exact: true });
    await field('Förnamn').fill(fields.firstName);
    await field('Efternamn').fill(fields.lastName);
    await field('Personnummer/samordningsnummer').fill(fields.personalIdentityNumber ?? '');
    await field('Individnummer (MiG)').fill(fields.migIndividualNumber ?? '');
    await field('Födelsedatum').fill(fields.birthDate ?? '');
    if (fields.district) {
      await form.getByTestId('register-district').getByRole('button').click();
      await this.page.getByRole('option', { name: fields.district, exact: true }).click();
    }
  }

  async submit(): Promise<void> {
    await this.form().getByRole('button', { name: 'Registrera person', exact: true }).click();
  }

  /** "Personen finns redan: …" with the link to that person, when the numbers are already registered. */
  async existingPerson(): Promise<{ title: string; link: string | null }> {
    const alert = this.page.getByTestId('person-exists');
    await alert.waitFor();
    return { title: ((await alert.locator('.sb-alert__title').textContent()) ?? '').trim(), link: await alert.getByRole('link').getAttribute('href') };
  }

  /** Waits for the person card with this name as its heading. */
  async waitForCard(fullName: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: fullName, exact: true }).waitFor();
    await this.page.getByTestId('person-identity').waitFor();
  }

  /** The success message at the top of the card ("… är registrerad.", "Personuppgifterna är sparade."). */
  async cardMessage(): Promise<string> {
    const message = this.page.getByTestId('person-data-saved');
    await message.waitFor();
    return ((await message.textContent()) ?? '').trim();
  }

  /** The card's "En del uppgifter kunde inte hämtas" warning with the server's message, or null. */
  async partialError(): Promise<string | null> {
    const alert = this.page.getByRole('status').filter({ hasText: 'En del uppgifter kunde inte hämtas' });
    return (await alert.count()) > 0 ? ((await alert.first().textContent()) ?? '').trim() : null;
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Ändra personuppgifter' });
  }

  /** "Ändra personuppgifter": opens the dialog, changes the given fields and saves. */
  async changePersonData(changes: { firstName?: string; lastName?: string }): Promise<void> {
    await this.main().getByRole('button', { name: 'Ändra personuppgifter', exact: true }).click();
    const dialog = this.dialog();
    await dialog.waitFor();
    if (changes.firstName !== undefined) await dialog.getByRole('textbox', { name: 'Förnamn', exact: true }).fill(changes.firstName);
    if (changes.lastName !== undefined) await dialog.getByRole('textbox', { name: 'Efternamn', exact: true }).fill(changes.lastName);
    await dialog.getByRole('button', { name: 'Spara personuppgifter', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /**
   * "Skyddad identitet" in "Ändra personuppgifter": ticks the box, answers the confirmation (Escape
   * first, to see that it only closes the question), saves.
   */
  async markProtectedIdentity(): Promise<{ afterEscape: boolean; afterConfirm: boolean }> {
    await this.main().getByRole('button', { name: 'Ändra personuppgifter', exact: true }).click();
    const dialog = this.dialog();
    const checkbox = dialog.getByRole('checkbox', { name: 'Skyddad identitet' });
    const confirm = this.page.getByRole('alertdialog', { name: 'Markera skyddad identitet?' });
    await checkbox.click();
    await confirm.waitFor();
    await this.page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    const afterEscape = await checkbox.isChecked();
    await checkbox.click();
    await confirm.getByRole('button', { name: 'Ja, markera skyddad identitet' }).click();
    await confirm.waitFor({ state: 'detached' });
    const afterConfirm = await checkbox.isChecked();
    await dialog.getByRole('button', { name: 'Spara personuppgifter', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return { afterEscape, afterConfirm };
  }

  /** The handling history's "Ändring" column, newest first. */
  async historyActions(): Promise<string[]> {
    return (await this.page.getByTestId('handling-history-action').allTextContents()).map((t) => t.trim());
  }
}
