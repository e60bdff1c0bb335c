// Page object for the value side of the journey screen: findings, value table, stakeholders.

export class ValuePage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.findings = page.getByTestId('finding');
    this.scope = page.getByTestId('value-scope');
    this.valueRows = page.getByTestId('value-row');
    this.stakeholders = page.getByTestId('stakeholder');
    this.editor = page.getByTestId('touchpoint-editor');
  }

  findingsOfKind(kind) {
    return this.page.locator(`[data-testid="finding"][data-kind="${kind}"]`);
  }

  /** The value (V) a step shows under its name in the blueprint. */
  stepValue(stage) {
    return this.page.locator(`[data-testid="step-column"][data-stage="${stage}"] [data-testid="step-value"]`);
  }

  /** The row of the value table for a stakeholder, side or total, by its label. */
  valueRow(label) {
    return this.valueRows.filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** The editor's effect at a position (from 0). */
  effect(index) {
    return this.editor.getByTestId('effect').nth(index);
  }

  /** Types a number into a labelled field and commits it, as Tab would. */
  async setNumber(scope, label, value) {
    const field = scope.getByLabel(label, { exact: true });
    await field.fill(String(value));
    await field.press('Tab');
    return field;
  }
}
