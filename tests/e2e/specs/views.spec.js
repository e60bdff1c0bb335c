// The journey screen's views: one screen of work each, reached from the navigation by mouse
// and keyboard, kept across a reload, and a shared link always opens on the map.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';

/** Each view's key, its number key, and something only that view shows. */
const VIEWS = [
  { key: 'map', digit: '1', shows: 'blueprint' },
  { key: 'value', digit: '2', shows: 'findings' },
  { key: 'measures', digit: '3', shows: 'kpis-panel' },
  { key: 'stakeholders', digit: '4', shows: 'personas' },
  { key: 'charts', digit: '5', shows: 'download-blueprint' },
  { key: 'settings', digit: '6', shows: 'settings' },
  { key: 'compare', digit: '7', shows: 'versions' },
];

test('every view is reached by mouse, shows its own panels, and is kept across a reload', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'Journey views' })).toBeVisible();
  for (const view of VIEWS) {
    await journey.viewEntry(view.key).click();
    await expect(journey.viewEntry(view.key)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page.getByTestId(view.shows)).toBeVisible();
    for (const other of VIEWS.filter((o) => o.key !== view.key)) {
      await expect(page.getByTestId(other.shows)).not.toBeVisible();
    }
    await journey.reload();
    await expect(journey.viewEntry(view.key)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId(view.shows)).toBeVisible();
  }
});

test('every view is reached from the keyboard: Tab and Enter, or its number key', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  // Tab and Enter on the navigation's entry.
  await journey.viewEntry('measures').focus();
  await page.keyboard.press('Enter');
  await expect(journey.viewEntry('measures')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('kpis-panel')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(journey.viewEntry('stakeholders')).toHaveAttribute('aria-current', 'page');

  // The number keys, anywhere but in a field; the `?` list names them.
  for (const view of VIEWS) {
    await page.locator('body').press(view.digit);
    await expect(journey.viewEntry(view.key)).toHaveAttribute('aria-current', 'page');
    await expect(journey.viewEntry(view.key)).toHaveAttribute('aria-keyshortcuts', view.digit);
  }
  await journey.showView('map');
  const name = page.getByRole('textbox', { name: 'Name of the Offer step' });
  await name.fill('Offer 2');
  await expect(name).toHaveValue('Offer 2');
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');

  await page.locator('body').press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('Show a view: 1 Map, 2 Value');
});

test('a shared link opens on the map, whatever view was shown', async ({ page, browser }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const link = await journey.copyLink();
  await journey.showView('charts');

  await page.goto(link);
  await journey.blueprint.waitFor();
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  // Read-only, but every view can still be looked at.
  await journey.showView('value');
  await expect(page.getByTestId('findings')).toBeVisible();
});

test('a finding on the value view leads to its step on the map', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.showView('value');
  await page.getByTestId('finding').filter({ hasText: 'Agree' }).first().getByTestId('finding-go').click();
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('textbox', { name: 'Name of the Agree step' })).toBeFocused();
  await expect(page.locator('[data-testid="step-column"][data-stage="agree"]')).toHaveClass(/step--focused/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the map shows with the toolbar folded into a menu, and scrolls sideways under pinned lane names', async ({ page }) => {
    const journey = new JourneyPage(page);
    await journey.open();
    await expect(journey.blueprint).toBeVisible();
    const menu = page.getByTestId('toolbar-menu');
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('open-library')).toBeHidden();
    // Undo stays at hand.
    await expect(page.getByTestId('undo')).toBeVisible();
    const header = await page.locator('.app-header').boundingBox();
    expect(header.height).toBeLessThan(844 / 4);

    const laneName = page.locator('tr[data-lane="consumer-actions"] th[scope="row"]');
    const before = await laneName.boundingBox();
    const scroller = page.locator('.blueprint');
    expect(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    await scroller.evaluate((e) => { e.scrollLeft = e.scrollWidth; });
    await expect.poll(() => scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(200);
    const after = await laneName.boundingBox();
    expect(Math.round(after.x)).toBe(Math.round(before.x));

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('open-library')).toBeVisible();
  });
});

test('the map zooms out to show more steps at once, by button or Ctrl+wheel, and back', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const width = () => journey.blueprint.evaluate((table) => table.getBoundingClientRect().width);
  // The height of a step's name: the text itself is drawn smaller (a short journey's columns
  // still fill the width).
  const steps = () => journey.stepColumns.first().locator('input').evaluate((input) => input.getBoundingClientRect().height);
  const normal = await steps();
  await expect(page.getByTestId('zoom-level')).toHaveText('100 %');
  await page.getByTestId('zoom-out').click();
  await page.getByTestId('zoom-out').click();
  await expect(page.getByTestId('zoom-level')).toHaveText('60 %');
  expect(await steps()).toBeLessThan(normal * 0.7);

  await page.getByTestId('zoom-level').click();
  await expect(page.getByTestId('zoom-level')).toHaveText('100 %');
  await page.locator('.blueprint').hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await expect(page.getByTestId('zoom-level')).toHaveText('80 %');
  expect(await width()).toBeGreaterThan(0);
});

test("a step's KPIs on the measures view lead to that step on the map", async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.showView('measures');
  const offer = page.getByTestId('kpi-step').filter({ has: page.getByTestId('kpi-step-name').getByText('Offer', { exact: true }) });
  await expect(offer.getByTestId('kpi-status')).toHaveText(['Missed']);
  await offer.getByRole('button', { name: 'Show Offer' }).click();
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('textbox', { name: 'Name of the Offer step' })).toBeFocused();
});
