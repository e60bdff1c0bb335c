// Page object for pain points and opportunities: the prioritised list, the insights panel and
// the touchpoint editor's section.

export class PrioritiesPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.panel = page.getByTestId('priorities');
    this.items = this.panel.getByTestId('priority');
    this.texts = this.panel.getByTestId('priority-text');
    this.insightsPanel = page.getByTestId('insights-panel');
    this.editorInsights = page.getByTestId('touchpoint-editor').getByTestId('touchpoint-insights');
  }

  /** One quadrant of the list by key: quick-win, major-project, fill-in, money-pit. */
  quadrant(key) {
    return this.panel.locator(`[data-testid="priority-quadrant"][data-quadrant="${key}"]`);
  }

  /** The descriptions listed under a quadrant, in order. */
  textsIn(key) {
    return this.quadrant(key).getByTestId('priority-text');
  }

  item(text) {
    return this.items.filter({ hasText: text });
  }

  /** An insight's fields in `scope` (the editor's section or the panel), by its description. */
  insight(scope, text) {
    return scope.getByRole('group', { name: text });
  }

  /** Types a score (1–5) into a labelled field of an insight and commits it, as Tab does. */
  async setScore(insight, label, value) {
    const field = insight.getByLabel(label, { exact: true });
    await field.fill(String(value));
    await field.press('Tab');
    return field;
  }
}
