import type { Locator, Page } from 'playwright-core';

/** The projector view at /w/ID/projector: read-only, large type. */
export class ProjectorPage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByTestId('projector').waitFor();
  }

  item(text: string): Locator {
    return this.page.getByTestId('pestle-item').filter({ hasText: text });
  }

  joinCode(): Locator {
    return this.page.getByTestId('join-code');
  }
}
