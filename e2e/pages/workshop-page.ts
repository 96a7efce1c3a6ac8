import type { Locator, Page } from 'playwright-core';

/** The workshop view (facilitator, rapporteur or participant) at /w/ID. */
export class WorkshopPage {
  constructor(readonly page: Page) {}

  async waitOnline(): Promise<void> {
    await this.page.locator('[data-testid="connection-status"][data-status="online"]').waitFor();
  }

  connection(): Locator {
    return this.page.getByTestId('connection-status');
  }

  /** Waits until the indicator shows the connection lost (reconnecting or offline). */
  async waitDisconnected(): Promise<void> {
    await this.page.locator('[data-testid="connection-status"]:not([data-status="online"])').waitFor();
  }

  /** "Unsent changes: N" in the connection indicator; its `data-count` is N. */
  unsent(): Locator {
    return this.page.getByTestId('connection-pending');
  }

  phaseLink(phaseId: string): Locator {
    return this.page.getByTestId('phase-nav').getByTestId(`phase-${phaseId}`);
  }

  async openPhase(phaseId: string): Promise<void> {
    await this.phaseLink(phaseId).click();
  }

  board(): Locator {
    return this.page.getByTestId('pestle-board');
  }

  items(): Locator {
    return this.page.getByTestId('pestle-item');
  }

  item(text: string): Locator {
    return this.items().filter({ hasText: text });
  }

  column(category: string): Locator {
    return this.page.getByTestId(`pestle-column-${category}`);
  }

  async addItem(category: string, kind: string, text: string): Promise<void> {
    const category$ = this.page.getByTestId('pestle-add-category');
    if (await category$.count()) await category$.first().selectOption(category);
    await this.page.getByTestId('pestle-add-kind').first().selectOption(kind);
    await this.page.getByTestId('pestle-add-text').first().fill(text);
    await this.page.getByTestId('pestle-add-submit').first().click();
  }

  async toggleMode(): Promise<void> {
    await this.page.getByTestId('pestle-mode-toggle').click();
  }

  async switchLanguage(lang: 'es' | 'en' | 'fr'): Promise<void> {
    await this.page.getByTestId('lang-switch').selectOption(lang);
  }
}
