// Page object for the charts panel: each chart's SVG, its text alternative and its download.
import { readFile } from 'node:fs/promises';

export class ChartsPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.panel = page.getByTestId('charts');
    this.mapStep = page.getByTestId('map-step');
  }

  /** A chart's figure, by its key (`value-along-journey`, `stakeholder-map`, ...). */
  chart(key) {
    return this.page.getByTestId(`chart-${key}`);
  }

  /** The chart's SVG element, as shown on the page. */
  svg(key) {
    return this.chart(key).getByTestId('chart-svg').locator('svg');
  }

  /** Downloads a file by clicking `button`; resolves to its suggested name and its text. */
  async download(button) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  async downloadChart(key) {
    return this.download(this.chart(key).getByTestId('chart-download'));
  }

  async downloadBlueprint() {
    return this.download(this.page.getByTestId('download-blueprint'));
  }
}
