import type { Page } from 'playwright-core';

/** The participant's join form at /join/CODE. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, joinCode: string): Promise<void> {
    await this.page.goto(`${baseUrl}/join/${joinCode}`);
    await this.page.getByTestId('join-form').waitFor();
  }

  async join(profile: { name: string; institution: string; country: string; sector: string }): Promise<void> {
    const form = this.page.getByTestId('join-form');
    await form.locator('input[name="name"]').fill(profile.name);
    await form.locator('input[name="institution"]').fill(profile.institution);
    await form.locator('input[name="country"]').fill(profile.country);
    await form.locator('select[name="sector"]').selectOption(profile.sector);
    await form.locator('button[type="submit"]').click();
    await this.page.waitForURL(/\/w\/[0-9a-f-]+$/);
  }
}
