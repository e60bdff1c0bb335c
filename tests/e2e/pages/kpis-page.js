// Page object for KPIs: the KPIs panel and each step's KPI summary on the blueprint.

export class KpisPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.panel = page.getByTestId('kpis-panel');
    this.rows = this.panel.getByTestId('kpi');
    this.newStep = this.panel.getByTestId('new-kpi-step');
    this.newMeasure = this.panel.getByTestId('new-kpi-measure');
    this.add = this.panel.getByTestId('add-kpi');
  }

  /** The KPI summary in a step's column header, by the step's ITIL stage key. */
  summary(stage) {
    return this.page.locator(`[data-testid="step-column"][data-stage="${stage}"] [data-testid="step-kpis"]`);
  }

  /** The missed KPIs named in a step's header. */
  missed(stage) {
    return this.summary(stage).getByTestId('step-kpis-missed');
  }

  /** The rows of one step's KPIs in the panel, by the step's name. */
  rowsOf(stepName) {
    return this.panel
      .getByTestId('kpi-step')
      .filter({ has: this.page.getByTestId('kpi-step-name').getByText(stepName, { exact: true }) })
      .getByTestId('kpi');
  }

  /** Types a figure into a KPI's field (`kpi-target`, `kpi-actual`) and commits it, as Tab does. */
  async setFigure(row, testid, value) {
    const field = row.getByTestId(testid);
    await field.fill(String(value));
    await field.press('Tab');
    return field;
  }
}
