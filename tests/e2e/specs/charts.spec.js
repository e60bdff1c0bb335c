// Charts: they follow every edit, change with the step chosen for the stakeholder map, show
// user text as text, and download as SVG files that contain the journey's words.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { ValuePage } from '../pages/value-page.js';
import { ChartsPage } from '../pages/charts-page.js';

test('editing a weight and an effect redraws the charts', async ({ page }) => {
  const journey = new JourneyPage(page);
  const value = new ValuePage(page);
  const charts = new ChartsPage(page);
  await journey.open();
  await journey.showView('value');
  const along = charts.svg('value-along-journey');
  // The CFO pays 1 day (2) in Agree and 12 in Co-create, costs weighed twice: −28.
  await expect(along).toHaveAttribute('aria-label', /CFO: -28;/);
  const before = await along.innerHTML();

  await journey.showView('stakeholders');
  const cfo = value.stakeholders.filter({ has: page.getByRole('textbox', { name: 'Name of CFO' }) });
  await value.setNumber(cfo, 'Weight of costs of CFO', 1);
  await journey.showView('value');
  await expect(along).toHaveAttribute('aria-label', /CFO: -14;/);
  expect(await along.innerHTML()).not.toBe(before);

  const bars = charts.svg('outcomes-costs-risks');
  await expect(bars).toHaveAttribute('aria-label', /Net value \(V\): 58;/);
  await journey.showView('map');
  await journey.touchpoints('offer', 'provider-frontstage').filter({ hasText: 'Tailored proposal' }).click();
  await value.setNumber(value.effect(0), 'Realised', 20);
  await journey.showView('charts');
  await expect(bars).toHaveAttribute('aria-label', /Net value \(V\): 66;/);
});

test('the stakeholder map follows the chosen step', async ({ page }) => {
  const journey = new JourneyPage(page);
  const charts = new ChartsPage(page);
  await journey.open();
  await journey.showView('stakeholders');
  const map = charts.svg('stakeholder-map');
  await expect(map).toHaveAttribute('aria-label', /Keep satisfied: CFO/);
  await expect(map.getByText('Manage closely', { exact: true })).toBeVisible();

  // From the keyboard: focus the labelled picker and choose Agree.
  await page.getByLabel('Standing in').focus();
  await charts.mapStep.selectOption({ label: 'Agree' });
  await expect(map).toHaveAttribute('aria-label', /^Stakeholder map: Agree\./);
  await expect(map).not.toHaveAttribute('aria-label', /Keep satisfied/);
});

test('a stakeholder named like markup shows as text, never runs', async ({ page }) => {
  const journey = new JourneyPage(page);
  const value = new ValuePage(page);
  const charts = new ChartsPage(page);
  page.on('dialog', (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`);
  });
  await journey.open();
  await journey.showView('stakeholders');
  const name = value.stakeholders.first().getByTestId('stakeholder-name');
  await name.fill('<svg onload=alert(1)>');
  await name.press('Tab');
  await journey.showView('charts');
  const along = charts.svg('value-along-journey');
  await expect(along.getByText('<svg onload=alert(1)>', { exact: true })).toBeVisible();
  await expect(charts.chart('value-along-journey').locator('svg svg')).toHaveCount(0);
});

test('a chart and the blueprint download as SVG files with the journey in them', async ({ page }) => {
  const journey = new JourneyPage(page);
  const charts = new ChartsPage(page);
  await journey.open();
  await journey.showView('charts');

  const chart = await charts.downloadChart('value-along-journey');
  expect(chart.name).toBe('mobile-telephony-for-acme-corp-value-along-journey.svg');
  expect(chart.text).toMatch(/^<svg[^>]* role="img"/);
  expect(chart.text).toContain('Value along the journey');
  expect(chart.text).toContain('IT manager');

  const grid = await charts.downloadBlueprint();
  expect(grid.name).toBe('mobile-telephony-for-acme-corp-blueprint.svg');
  expect(grid.text).toMatch(/^<svg/);
  for (const words of ['Mobile telephony for Acme Corp', 'Tailored proposal', 'Line of interaction', 'Zone of visibility']) {
    expect(grid.text).toContain(words);
  }
});

test('the unit of value set in the settings names the value axes and survives a reload', async ({ page }) => {
  const journey = new JourneyPage(page);
  const charts = new ChartsPage(page);
  await journey.open();
  await journey.showView('value');
  const bars = charts.svg('outcomes-costs-risks');
  // The sample counts in thousands of euros.
  await expect(bars.getByText('Value (k€)', { exact: true })).toBeVisible();
  await expect(page.getByTestId('value-unit-caption')).toHaveText('Figures in k€');

  await journey.showView('settings');
  const unit = page.getByRole('textbox', { name: 'Unit of value', exact: true });
  await expect(unit).toHaveValue('k€');
  await unit.fill('a unit far too long to label an axis');
  await unit.press('Tab');
  await expect(unit).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('settings')).toContainText('at most 16');
  await journey.showView('value');
  await expect(bars.getByText('Value (k€)', { exact: true })).toBeVisible();

  await journey.showView('settings');
  await unit.fill(' h ');
  await unit.press('Enter');
  await expect(unit).toHaveAttribute('aria-invalid', 'false');
  await journey.showView('value');
  await expect(bars.getByText('Value (h)', { exact: true })).toBeVisible();
  await expect(charts.svg('value-along-journey').getByText('Cumulative value (V, h)', { exact: true })).toBeVisible();
  await expect(bars).toHaveAttribute('aria-label', /\. Unit of value: h; /);

  await journey.showView('settings');
  await journey.reload();
  await expect(page.getByRole('textbox', { name: 'Unit of value', exact: true })).toHaveValue('h');
  await journey.showView('value');
  await expect(charts.svg('outcomes-costs-risks').getByText('Value (h)', { exact: true })).toBeVisible();
  await expect(page.getByTestId('value-unit-caption')).toHaveText('Figures in h');
});
