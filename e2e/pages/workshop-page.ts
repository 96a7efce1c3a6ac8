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
    // On a phone the list is folded behind a toggle.
    const toggle = this.page.getByTestId('phase-nav').locator('.phase-nav__toggle');
    if (await toggle.isVisible()) await toggle.click();
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

  /** Rewrites an item's text with the item's own editor. */
  async editItem(text: string, newText: string): Promise<void> {
    // Held by its id: once the editor is open, the item no longer shows its text.
    const id = await this.item(text).getAttribute('data-item-id');
    const item = this.page.locator(`[data-testid="pestle-item"][data-item-id="${id}"]`);
    await item.getByTestId('pestle-item-edit').click();
    await item.getByTestId('pestle-edit-text').fill(newText);
    await item.getByTestId('pestle-edit-save').click();
  }

  async deleteItem(text: string): Promise<void> {
    const item = this.item(text);
    await item.getByTestId('pestle-item-delete').click();
    await item.getByTestId('pestle-item-delete-confirm').click();
  }

  /** "Not accepted: N" in the connection indicator, shown while changes the server refused are listed; `data-count` is N. */
  conflictsButton(): Locator {
    return this.page.getByTestId('conflicts-open');
  }

  conflictsDialog(): Locator {
    return this.page.getByTestId('conflicts-dialog');
  }

  /** The entries of the open list of changes the server did not accept. */
  conflicts(): Locator {
    return this.conflictsDialog().getByTestId('conflict');
  }

  async openConflicts(): Promise<void> {
    await this.conflictsButton().click();
    await this.conflictsDialog().waitFor();
  }

  /** Waits until keyboard focus is on the element with this `data-testid`. */
  async waitForFocus(testId: string): Promise<void> {
    await this.page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId, { timeout: 5000 });
  }

  async toggleMode(): Promise<void> {
    await this.page.getByTestId('pestle-mode-toggle').click();
  }

  async switchLanguage(lang: 'es' | 'en' | 'fr'): Promise<void> {
    await this.page.getByTestId('lang-switch').selectOption(lang);
  }
}
