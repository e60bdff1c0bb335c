// Page object for personas: the strip above the blueprint and the panel where they are edited.

export class PersonasPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.strip = page.getByTestId('persona-strip');
    this.cards = this.strip.getByTestId('persona-card');
    this.stripHint = page.getByTestId('persona-strip-empty');
    this.panel = page.getByTestId('personas');
    this.editors = this.panel.getByTestId('persona');
    this.emptyPanel = page.getByTestId('personas-empty');
    this.newStakeholder = this.panel.getByTestId('persona-new-stakeholder');
    this.addButton = this.panel.getByTestId('add-persona');
  }

  /** A persona's card on the strip, by the persona's name. */
  card(name) {
    return this.cards.filter({ has: this.page.locator('.persona-card__name', { hasText: name }) });
  }

  /** A persona's fields in the panel, by the name it shows. */
  editor(name) {
    return this.editors.filter({ has: this.page.locator('legend', { hasText: name }) });
  }

  /** The name field that has the keyboard focus, if it is a persona's. */
  focusedName() {
    return this.panel.locator('[data-testid="persona-name"]:focus');
  }

  /** The personas' names, as the strip shows them. */
  async stripNames() {
    return this.strip.locator('.persona-card__name').allTextContents();
  }
}
