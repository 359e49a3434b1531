import type { Page } from 'playwright-core';

/** Page object for a host app (AmF portal or SDF app) with the claims module loaded from its remote. */
export class HostPage {
  constructor(readonly page: Page, readonly url: string) {}

  async open(): Promise<void> {
    await this.page.goto(this.url);
  }

  /** Sign in through the embedded sign-in page, as the given demo user. */
  async signInAs(username: string): Promise<void> {
    await this.page.getByTestId('sign-in').click();
    await this.page.waitForURL(/\/auth\/login/);
    await this.page.locator(`button[data-username="${username}"]`).click();
    await this.page.waitForURL((u) => u.toString().startsWith(this.url));
  }

  /** Waits until the app has loaded the signed-in user into its header. */
  async waitUntilSignedIn(): Promise<void> {
    await this.userName().waitFor();
  }

  userName() {
    return this.page.getByTestId('header-user-name');
  }

  async openClaims(): Promise<void> {
    await this.waitUntilSignedIn();
    await this.page.getByRole('navigation').getByRole('link', { name: 'Återsökningar', exact: true }).click();
    await this.page.getByTestId('claims-table').waitFor();
    await this.page.getByTestId('claim-row').first().waitFor();
  }

  async column(testId: 'claim-person' | 'claim-district' | 'claim-status'): Promise<string[]> {
    return (await this.page.getByTestId(testId).allTextContents()).map((t) => t.trim());
  }

  async countText(): Promise<string> {
    return (await this.page.getByTestId('claims-count').textContent())?.trim() ?? '';
  }
}
