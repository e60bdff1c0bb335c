// Page object for a touchpoint's marks: its flags and its link to another journey, as the
// editor sets them and the blueprint card shows them.

export class MarksPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.editor = page.getByTestId('touchpoint-editor');
    this.failPoint = this.editor.getByTestId('touchpoint-fail-point');
    this.momentOfTruth = this.editor.getByTestId('touchpoint-moment-of-truth');
    this.linkPicker = this.editor.getByTestId('touchpoint-linked-journey');
    this.openLinked = this.editor.getByTestId('open-linked-journey');
    this.linkMissing = this.editor.getByTestId('journey-link-missing');
  }

  /** A touchpoint's card anywhere on the blueprint, by its name. */
  card(name) {
    return this.page.getByTestId('touchpoint').filter({ hasText: name });
  }

  /** Opens a touchpoint in the editor. */
  async edit(name) {
    await this.card(name).click();
    await this.editor.waitFor();
  }

  failMark(name) {
    return this.card(name).getByTestId('mark-fail-point');
  }

  truthMark(name) {
    return this.card(name).getByTestId('mark-moment-of-truth');
  }

  linkMark(name) {
    return this.card(name).getByTestId('mark-link');
  }

  /** The text of the link picker's chosen option. */
  async chosenLink() {
    return this.linkPicker.evaluate((select) => select.selectedOptions[0]?.textContent ?? '');
  }
}
