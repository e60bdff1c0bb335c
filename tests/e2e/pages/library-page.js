// Page object for the library: the journeys stored in this browser.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

/** The sample as a version 4 document (the document crate's fixture), to build large
 *  journeys from. */
export function sampleDocument() {
  return JSON.parse(readFileSync(new URL('../../../crates/document/tests/fixtures/v4.json', import.meta.url), 'utf8'));
}

export class LibraryPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.root = page.getByTestId('library');
    this.rows = page.getByTestId('library-row');
    this.names = page.getByTestId('library-row-name');
    this.journeyName = page.getByTestId('journey-name');
    this.notices = page.getByTestId('notice');
  }

  async open() {
    await this.page.getByTestId('open-library').click();
    await this.root.waitFor();
  }

  /** Imports a journey document as a `.sightline.json` file, which it opens; waits until
   *  it is the journey shown. */
  async importDocument(document) {
    await this.open();
    const name = document.journey.name;
    await this.page.getByTestId('import-journey').setInputFiles({
      name: `${name}.sightline.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await expect(this.journeyName).toHaveValue(name);
  }

  row(name) {
    return this.rows.filter({ has: this.page.getByTestId('library-row-name').getByText(name, { exact: true }) });
  }

  async createBlank() {
    await this.createFrom('blank');
  }

  /** Starts a journey from a template, by its key (blank, incident-resolution, ...). */
  async createFrom(template) {
    await this.page.locator(`[data-testid="new-journey"][data-template="${template}"]`).click();
    await this.page.getByTestId('blueprint').waitFor();
  }

  async rename(from, to) {
    await this.row(from).getByTestId('library-rename').click();
    const field = this.page.getByTestId('library-new-name');
    await field.fill(to);
    await field.press('Enter');
  }

  async duplicate(name) {
    await this.row(name).getByTestId('library-duplicate').click();
  }

  async delete(name) {
    await this.row(name).getByTestId('library-delete').click();
    await this.row(name).getByTestId('library-confirm-delete').click();
  }

  async openJourney(name) {
    await this.row(name).getByTestId('library-open').click();
    await this.page.getByTestId('blueprint').waitFor();
  }

  /** The stored journeys' names, as the library lists them (most recent first). */
  async listedNames() {
    return this.names.allTextContents();
  }
}
