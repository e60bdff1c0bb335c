// KPIs per step: a missed target shows in its step's header on the blueprint, follows every
// edit and undo, and a KPI added from the keyboard is kept; a journey with hundreds of them
// keeps its table in columns and renders only the rows in view.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { KpisPage } from '../pages/kpis-page.js';
import { LibraryPage, sampleDocument } from '../pages/library-page.js';
import { stopClock } from '../support/clock.js';

test("the sample's missed KPIs show in their step headers, by name and figures", async ({ page }) => {
  const journey = new JourneyPage(page);
  const kpis = new KpisPage(page);
  await journey.open();
  await journey.showView('measures');

  await expect(kpis.summary('offer')).toHaveClass(/step-kpis--missed/);
  await expect(kpis.summary('offer')).toContainText('0 of 1 KPI met');
  await expect(kpis.missed('offer')).toHaveText('Missed: Duration 14 days, target 10 days');
  await expect(kpis.missed('agree')).toHaveText('Missed: Duration 35 days, target 20 days');
  await expect(kpis.summary('co-create')).toContainText('1 of 2 KPIs met');
  await expect(kpis.missed('co-create')).toHaveText('Missed: CES 4.2/7, target 5.5/7');
  await expect(kpis.missed('realize')).toHaveText('Missed: NPS 12, target 30');
  // Met: said, not marked as a problem. No KPI: nothing at all.
  await expect(kpis.summary('onboard')).toHaveText('1 of 1 KPI met');
  await expect(kpis.summary('onboard')).not.toHaveClass(/step-kpis--missed/);
  await expect(kpis.summary('explore')).toHaveCount(0);
  await expect(kpis.summary('engage')).toHaveCount(0);

  // The panel lists them by step in journey order, each with its status in words.
  await expect(kpis.panel.getByTestId('kpi-step-name')).toHaveText(['Offer', 'Agree', 'Onboard', 'Co-create', 'Realize']);
  await expect(kpis.rows.getByTestId('kpi-status')).toHaveText(['Missed', 'Missed', 'Met', 'Missed', 'Met', 'Missed']);
});

test('an actual that meets the target clears the missed state on the grid, and undo brings it back', async ({ page }) => {
  const journey = new JourneyPage(page);
  const kpis = new KpisPage(page);
  await journey.open();
  await journey.showView('measures');
  const offer = kpis.rowsOf('Offer').first();
  await expect(offer.getByTestId('kpi-status')).toHaveText('Missed');

  // The proposal now goes out in 9 days, one better than the 10 aimed for.
  await kpis.setFigure(offer, 'kpi-actual', 9);
  await expect(offer.getByTestId('kpi-status')).toHaveText('Met');
  await expect(kpis.summary('offer')).toHaveText('1 of 1 KPI met');
  await expect(kpis.summary('offer')).not.toHaveClass(/step-kpis--missed/);
  await expect(kpis.missed('offer')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(kpis.missed('offer')).toHaveText('Missed: Duration 14 days, target 10 days');
  await expect(offer.getByTestId('kpi-actual')).toHaveValue('14');
  await expect(offer.getByTestId('kpi-status')).toHaveText('Missed');

  // Emptying the actual figure: not measured yet, which is no miss either.
  await kpis.setFigure(offer, 'kpi-actual', '');
  await expect(offer.getByTestId('kpi-status')).toHaveText('Not measured yet');
  await expect(kpis.summary('offer')).toHaveText('0 of 1 KPI met');
});

test('a KPI added with the keyboard alone survives a reload', async ({ page }) => {
  const journey = new JourneyPage(page);
  const kpis = new KpisPage(page);
  await journey.open();
  await journey.showView('measures');

  await kpis.newStep.focus();
  await page.keyboard.press('ArrowDown'); // Explore → Engage
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // CSAT → Duration
  await page.keyboard.press('Tab');
  await expect(kpis.add).toBeFocused();
  await page.keyboard.press('Enter');

  // The new KPI's name has the focus; the measure's name stands in until one is typed.
  const added = kpis.rowsOf('Engage').first();
  const name = added.getByTestId('kpi-name');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('placeholder', 'Duration');
  await expect(added.getByTestId('kpi-better')).toHaveValue('1'); // Lower is better
  await page.keyboard.type('Time to first meeting');
  await page.keyboard.press('Tab'); // measure
  await page.keyboard.press('Tab'); // direction
  await page.keyboard.press('Tab');
  await page.keyboard.type('days');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await expect(kpis.missed('engage')).toHaveText('Missed: Time to first meeting 7 days, target 5 days');

  await journey.reload();
  const kept = kpis.rowsOf('Engage').first();
  await expect(kept.getByTestId('kpi-name')).toHaveValue('Time to first meeting');
  await expect(kept.getByTestId('kpi-unit')).toHaveValue('days');
  await expect(kept.getByTestId('kpi-target')).toHaveValue('5');
  await expect(kept.getByTestId('kpi-actual')).toHaveValue('7');
  await expect(kpis.missed('engage')).toHaveText('Missed: Time to first meeting 7 days, target 5 days');
});

test('a KPI is removed and Undo brings it back; a figure out of range is refused with the reason', async ({ page }) => {
  const journey = new JourneyPage(page);
  const kpis = new KpisPage(page);
  await journey.open();
  await journey.showView('measures');
  const nps = kpis.rowsOf('Realize').first();
  const target = await kpis.setFigure(nps, 'kpi-target', 150);
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(nps).toContainText('must be from -100 to 100');
  await expect(kpis.missed('realize')).toHaveText('Missed: NPS 12, target 30');

  await page.getByRole('button', { name: 'Remove NPS from Realize' }).click();
  await expect(kpis.summary('realize')).toHaveCount(0);
  await expect(kpis.rowsOf('Realize')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(kpis.missed('realize')).toHaveText('Missed: NPS 12, target 30');
});

test('typing a KPI name is one undo step, and the header names the KPI by it', async ({ page }) => {
  await stopClock(page);
  const journey = new JourneyPage(page);
  const kpis = new KpisPage(page);
  await journey.open();
  await journey.showView('measures');
  const name = kpis.rowsOf('Offer').first().getByTestId('kpi-name');
  await name.pressSequentially('Proposal lead time');
  await expect(kpis.missed('offer')).toHaveText('Missed: Proposal lead time 14 days, target 10 days');

  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('');
  await expect(name).toHaveAttribute('placeholder', 'Duration');
  await expect(kpis.missed('offer')).toHaveText('Missed: Duration 14 days, target 10 days');
});

/** The sample with `count` KPIs named `KPI 1` to `KPI <count>`, spread over its steps. */
function manyKpis(count) {
  const sample = sampleDocument();
  const steps = sample.journey.steps.map((step) => step.id);
  const kpis = Array.from({ length: count }, (_, k) => ({
    id: k + 1,
    step: steps[Math.floor((k * steps.length) / count)],
    measure: 'csat',
    label: `KPI ${k + 1}`,
    unit: '/5',
    target: 4,
    actual: k % 2 === 0 ? 3 : 5,
    better: 'higher',
  }));
  return { ...sample, journey: { ...sample.journey, name: 'Measured closely', kpis } };
}

/** The left edge of each of the first row's cells in `row`, to the pixel. */
function columnLefts(row) {
  return row.evaluate((row) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left)));
}

test('with 400 KPIs the table keeps its columns, renders the rows in view only, and a far KPI is edited as the first', async ({ page }) => {
  const journey = new JourneyPage(page);
  const kpis = new KpisPage(page);
  await journey.open();
  await new LibraryPage(page).importDocument(manyKpis(400));
  await journey.showView('measures');
  await expect(kpis.rows).toHaveCount(400);

  const heads = kpis.panel.locator('thead tr');
  const first = kpis.rows.first();
  const last = kpis.rows.last();
  const headings = await columnLefts(heads);
  expect(headings).toHaveLength(8);
  expect(await columnLefts(first)).toEqual(headings);
  // A step's heading row spans the whole table.
  const table = await kpis.panel.getByTestId('kpis').boundingBox();
  const stepHeading = await kpis.panel.getByTestId('kpi-step').first().locator('th').boundingBox();
  expect(Math.abs(stepHeading.width - table.width)).toBeLessThanOrEqual(1);

  // Far below the window, the last row is in the page (and so for the keyboard and assistive
  // technology) but not rendered until it is scrolled to.
  const rendered = (row) => row.getByTestId('kpi-name').evaluate((field) => field.checkVisibility({ contentVisibilityAuto: true }));
  expect(await rendered(first)).toBe(true);
  expect(await rendered(last)).toBe(false);
  await last.scrollIntoViewIfNeeded();
  await expect.poll(() => rendered(last)).toBe(true);
  expect(await columnLefts(last)).toEqual(await columnLefts(heads));

  // Edited as any other: its name, then on to its measure with Tab.
  const name = last.getByTestId('kpi-name');
  await expect(name).toHaveValue('KPI 400');
  await name.fill('Renewal rate');
  await name.press('Tab');
  await expect(last.getByTestId('kpi-measure')).toBeFocused();
  await expect(last.getByTestId('remove-kpi')).toHaveAttribute('aria-label', /Renewal rate/);
  await expect(kpis.rows.getByTestId('kpi-name').nth(399)).toHaveValue('Renewal rate');
});

test.describe('in Russian, whose words are the longest', () => {
  test.use({ locale: 'ru-RU' });

  test("every KPI's status and choices fit inside their own columns", async ({ page }) => {
    const journey = new JourneyPage(page);
    const kpis = new KpisPage(page);
    await journey.open();
    await journey.showView('measures');
    await expect(kpis.rows.getByTestId('kpi-status').first()).toHaveText('Не достигнут');
    const overflowing = await kpis.rows.evaluateAll((rows) =>
      rows.flatMap((row) =>
        [...row.children].flatMap((cell, column) =>
          [...cell.querySelectorAll('select, input, .kpi-status, button')]
            .filter((control) => control.getBoundingClientRect().right > cell.getBoundingClientRect().right + 0.5)
            .map((control) => `${column}: ${control.textContent || control.value}`),
        ),
      ),
    );
    expect(overflowing).toEqual([]);
  });
});
