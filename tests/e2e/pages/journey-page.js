// Page object for the journey screen: how a user finds things on the blueprint.
import { expect } from '@playwright/test';

export class JourneyPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.blueprint = page.getByTestId('blueprint');
    this.stepColumns = page.getByTestId('step-column');
    this.notices = page.getByTestId('notice');
    this.editor = page.getByTestId('touchpoint-editor');
    this.nameField = this.editor.getByTestId('touchpoint-name');
    this.updateNotice = page.getByTestId('update-notice');
  }

  /** Opens the app: the test server's by default, or the one at `url`. */
  async open(url = './') {
    await this.page.goto(url);
    // The map is drawn even while another view is shown (and hidden).
    await this.blueprint.waitFor({ state: 'attached' });
  }

  /** The entry of a view in the journey screen's navigation: `map`, `value`, `measures`,
   *  `stakeholders`, `charts`, `settings`. */
  viewEntry(key) {
    return this.page.getByTestId(`view-${key}`);
  }

  /** Copies the open journey's share link, as Copy link does, and returns it. */
  async copyLink() {
    await this.page.getByTestId('copy-link').click();
    const field = this.page.getByTestId('share-link');
    await expect(field).toHaveValue(/#j\d+\./);
    return field.inputValue();
  }

  /** Opens a share link in a fresh browser context, as someone it was sent to does; returns
   *  that context (to close) and its page, once the shared journey shows. */
  static async openShared(browser, link) {
    const context = await browser.newContext();
    const reader = await context.newPage();
    await reader.goto(link);
    await reader.getByTestId('shared-banner').waitFor();
    return { context, reader };
  }

  /** Shows a view of the journey screen, as a click on its entry does. */
  async showView(key) {
    await this.viewEntry(key).click();
    await this.page.locator(`[data-testid="view-${key}"][aria-current="page"]`).waitFor();
  }

  /** Waits until the service worker has stored the app for offline use; returns its scope. */
  async offlineReady() {
    return this.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  }

  async reload() {
    await this.page.reload();
    await this.blueprint.waitFor({ state: 'attached' });
  }

  /** The blueprint cell of one step (by ITIL stage key) and lane key. */
  cell(stage, lane) {
    return this.page.locator(`[data-testid="cell"][data-stage="${stage}"][data-lane="${lane}"]`);
  }

  touchpoints(stage, lane) {
    return this.cell(stage, lane).getByTestId('touchpoint');
  }

  /** Adds a touchpoint to a cell and names it by typing, as a user does. */
  async addTouchpoint(stage, lane, name) {
    await this.cell(stage, lane).getByTestId('add-touchpoint').click();
    // As a user would: wait for the caret in the name, its text selected, then type over it.
    // (Typing into the field at once could beat the app's focus, which comes once the form is
    // drawn, later when its code is still on its way, and the keys would be lost.)
    await expect(this.nameField).toBeFocused();
    await this.page.keyboard.type(name);
  }

  async deleteTouchpoint(stage, lane, name) {
    await this.touchpoints(stage, lane).filter({ hasText: name }).click();
    await this.editor.getByTestId('delete-touchpoint').click();
  }
}
