// A long journey's map builds the step columns on screen and a few more, with an empty gap
// for the others, and follows the scroll (src/components/blueprint/reveal.rs); whatever
// leads to a column not built has it built first. Where a test stops the page's clock, the
// animation frames after the first render come only when it lets the time run: what the map
// holds before then is exactly what its first render built.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage, sampleDocument } from '../pages/library-page.js';
import { stopClock } from '../support/clock.js';

/** Long enough that a 1,280 px window at 100 % shows only its first columns. */
const STEPS = 40;
const LANES = ['consumer-hidden', 'consumer-actions', 'provider-frontstage', 'provider-backstage', 'support-processes'];
/** The last step's consumer-actions cell holds this many more cards than the others' two. */
const EXTRA = 3;
const CARDS = STEPS * LANES.length * 2 + EXTRA;
const NAME = 'Forty steps';

/**
 * A journey document of STEPS steps, two touchpoints per cell (EXTRA more in one cell of the last) (each felt by the first
 * stakeholder, so the experience lane draws a point for it), with the sample's stakeholders,
 * personas and settings; a KPI on the last step and a pain point on its first touchpoint, so
 * that the measures view leads to both.
 */
function longJourney() {
  const sample = sampleDocument();
  const stages = sample.journey.steps.map((step) => step.stage);
  const steps = Array.from({ length: STEPS }, (_, k) => ({ id: k + 1, stage: stages[Math.floor((k * stages.length) / STEPS)] }));
  const touchpoints = [];
  for (const step of steps) {
    for (const lane of LANES) {
      const extra = step.id === STEPS && lane === 'consumer-actions' ? EXTRA : 0;
      for (let n = 1; n <= 2 + extra; n++) {
        touchpoints.push({
          id: touchpoints.length + 1,
          step: step.id,
          lane,
          name: `Step ${step.id} ${lane} ${n}`,
          channel: 'other',
          element: 'process',
          importance: 3,
          effort: 3,
          emotions: [{ stakeholder: 1, value: (touchpoints.length % 5) - 2 }],
          effects: [],
        });
      }
    }
  }
  const last = steps[steps.length - 1].id;
  const lastTouchpoint = touchpoints.find((t) => t.step === last);
  const journey = {
    ...sample.journey,
    name: NAME,
    steps,
    touchpoints,
    kpis: [{ ...sample.journey.kpis[0], step: last, label: 'Last step KPI' }],
    insights: [{ ...sample.journey.insights[0], on: { touchpoint: lastTouchpoint.id }, text: 'Last step pain' }],
    loops: [],
  };
  return { document: { ...sample, journey }, last, lastTouchpoint };
}

const { document: LONG, last: LAST_STEP, lastTouchpoint: LAST_TOUCHPOINT } = longJourney();

/** Opens the app and imports the long journey, which opens on the map. */
async function importLong(page) {
  const journey = new JourneyPage(page);
  await journey.open();
  await expect(journey.stepColumns).toHaveCount(7);
  await new LibraryPage(page).importDocument(LONG);
  await journey.blueprint.waitFor();
  return journey;
}

/** The step ids of the map's columns, in order. */
function builtSteps(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="blueprint"] td.cell[data-lane="consumer-hidden"]')].map((cell) => Number(cell.dataset.step)));
}

/** The heights of the map's rows, top to bottom. */
function rowHeights(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="blueprint"] tr')].map((row) => Math.round(row.getBoundingClientRect().height)));
}

/** Scrolls the map sideways to `left` pixels, or to its end. */
function scrollMap(page, left = 'end') {
  return page.evaluate((left) => {
    const map = document.querySelector('.blueprint');
    map.scrollLeft = left === 'end' ? map.scrollWidth : left;
  }, left);
}

/** Whether the built columns fill the map's visible part beside the lanes' names, both ways. */
function coversTheMap(page) {
  return page.evaluate(() => {
    const map = document.querySelector('.blueprint');
    const right = map.getBoundingClientRect().left + map.clientLeft + map.clientWidth;
    const names = document.querySelector('.blueprint__corner').getBoundingClientRect().right;
    const cells = document.querySelectorAll('[data-testid="blueprint"] td.cell[data-lane="consumer-hidden"]');
    const first = cells[0].getBoundingClientRect();
    const last = cells[cells.length - 1].getBoundingClientRect();
    return first.left <= names + 0.5 && last.right >= right - 0.5;
  });
}

test('a short journey is built whole in the first render', async ({ page }) => {
  await stopClock(page);
  const journey = new JourneyPage(page);
  await journey.open();
  // Not one frame has run: all seven steps and 29 cards came with the first render.
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(journey.blueprint.getByTestId('touchpoint')).toHaveCount(29);
  await expect(page.locator('.map-gap')).toHaveCount(0);
});

test('a long journey opened from a link builds the columns on screen, and no more', async ({ page, browser }) => {
  await importLong(page);
  const link = await new JourneyPage(page).copyLink();

  const context = await browser.newContext();
  const reader = await context.newPage();
  await stopClock(reader);
  await reader.goto(link);
  await reader.getByTestId('shared-banner').waitFor();
  const map = new JourneyPage(reader);
  await expect(map.blueprint.getByTestId('touchpoint').first()).toBeVisible();
  const first = await builtSteps(reader);
  // The first columns in the journey's order, enough to fill the map, and not all of them.
  expect(first.length).toBeLessThan(STEPS);
  expect(first).toEqual(first.map((_, k) => k + 1));
  expect(await coversTheMap(reader)).toBe(true);
  await expect(map.stepColumns).toHaveCount(first.length);
  await expect(map.blueprint.getByTestId('touchpoint')).toHaveCount(first.length * LANES.length * 2);
  // Every row has the same columns and a gap for the rest; the lines and the experience lane
  // span them.
  for (const lane of LANES) {
    await expect(reader.locator(`td.cell[data-lane="${lane}"]`)).toHaveCount(first.length);
  }
  await expect(reader.getByTestId('line-interaction').locator('td')).toHaveAttribute('colspan', String(first.length + 2));
  const points = reader.getByTestId('experience-point');
  await expect(points).toHaveCount(first.length * LANES.length * 2);

  // Time runs: nothing more is built while the map stays where it is.
  await reader.clock.runFor(2_000);
  expect(await builtSteps(reader)).toEqual(first);
  await context.close();
});

test('a page with smaller text, which shows more columns than counted, has them built once drawn', async ({ page }) => {
  // The first columns are counted on the style sheet's widths; at 10 px a column is 90 px.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'html { font-size: 10px !important; }';
      document.head.append(style);
    });
  });
  await importLong(page);
  await expect.poll(() => coversTheMap(page)).toBe(true);
  expect((await builtSteps(page)).length).toBeGreaterThan(10);
});

test('scrolling sideways builds the columns that come into view and lets go of the others', async ({ page }) => {
  await importLong(page);
  const first = await builtSteps(page);
  expect(first[0]).toBe(1);
  const width = await page.evaluate(() => document.querySelector('.blueprint').scrollWidth);
  const heights = await rowHeights(page);
  // The lane with the last step's fuller cell is already as tall as that cell will need.
  const laneHeight = (lane) => page.evaluate((lane) => document.querySelector(`tr.lane[data-lane="${lane}"]`).getBoundingClientRect().height, lane);
  expect(await laneHeight('consumer-actions')).toBeGreaterThan((await laneHeight('consumer-hidden')) + 40);

  // To the end: the last columns, the first ones gone, the table as wide as before.
  await scrollMap(page);
  await expect.poll(() => builtSteps(page).then((steps) => steps[steps.length - 1])).toBe(STEPS);
  const last = await builtSteps(page);
  expect(last).toEqual(last.map((_, k) => STEPS - last.length + 1 + k));
  expect(last.length).toBeLessThan(STEPS / 2);
  // Assistive technology is told how many columns the map has and where each built one is.
  await expect(page.getByTestId('blueprint')).toHaveAttribute('aria-colcount', String(STEPS + 1));
  const cell = page.locator(`td.cell[data-step="${last[0]}"][data-lane="consumer-actions"]`);
  await expect(cell).toHaveAttribute('aria-colindex', String(last[0] + 1));
  await expect(page.locator(`th.step:has(#step-name-${STEPS})`)).toHaveAttribute('aria-colindex', String(STEPS + 1));
  await expect(page.getByTestId('step-column')).toHaveCount(last.length);
  expect(await page.evaluate(() => document.querySelector('.blueprint').scrollWidth)).toBe(width);
  expect(await coversTheMap(page)).toBe(true);
  await expect(page.locator(`td.cell[data-step="${STEPS}"][data-lane="consumer-actions"] button.touchpoint`)).toHaveCount(2 + EXTRA);
  // Rows grow as taller columns come into view (longer names wrap), and never shrink as they
  // go: back at the start, every row is as tall as at the end.
  const atEnd = await rowHeights(page);
  atEnd.forEach((height, row) => expect(height).toBeGreaterThanOrEqual(heights[row]));
  await scrollMap(page, 0);
  await expect.poll(() => builtSteps(page).then((steps) => steps[0])).toBe(1);
  const asTallAsAtEnd = async () => (await rowHeights(page)).every((height, row) => Math.abs(height - atEnd[row]) <= 1);
  await expect.poll(asTallAsAtEnd).toBe(true);
  await scrollMap(page);
  await expect.poll(() => builtSteps(page).then((steps) => steps[steps.length - 1])).toBe(STEPS);
  // The experience lane draws the points of the columns built.
  await expect(page.getByTestId('experience-point')).toHaveCount(last.length * LANES.length * 2 + EXTRA);

  // Back to the middle: the columns there, found with their cards.
  const middle = await page.evaluate(() => document.querySelector('th.step').getBoundingClientRect().width * 20);
  await scrollMap(page, middle);
  await expect.poll(() => builtSteps(page)).toContain(21);
  await expect(page.getByText('Step 21 consumer-actions 1', { exact: true })).toBeVisible();
  expect(await coversTheMap(page)).toBe(true);
});

test('an arrow key past the last column built moves into the next one, and on along the journey', async ({ page }) => {
  await importLong(page);
  const first = await builtSteps(page);
  expect(first.length).toBeLessThan(STEPS);
  const edge = first[first.length - 1];
  const card = page.locator(`td.cell[data-step="${edge}"][data-lane="consumer-actions"] button.touchpoint`).first();
  await card.focus();
  const focused = () =>
    page.evaluate(() => {
      const cell = document.activeElement?.closest('td.cell');
      return { step: Number(cell?.dataset.step), lane: cell?.dataset.lane, name: document.activeElement.querySelector('.touchpoint__name')?.textContent };
    });
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toEqual({ step: edge + 1, lane: 'consumer-actions', name: `Step ${edge + 1} consumer-actions 1` });
  // Held on: each press finds the next column built, to the journey's last.
  for (let step = edge + 2; step <= STEPS; step++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toEqual({ step, lane: 'consumer-actions', name: `Step ${step} consumer-actions 1` });
  }
  expect(await builtSteps(page)).not.toContain(1);
});

test('a card scrolled out of the columns built leaves the focus in the map, where the keys go on', async ({ page }) => {
  await importLong(page);
  await page.locator('button.touchpoint', { hasText: 'Step 1 consumer-actions 1' }).focus();
  // A scroll bar or a wheel, not the keyboard: the card's column is let go of.
  await scrollMap(page);
  await expect.poll(() => builtSteps(page).then((steps) => steps[0])).toBeGreaterThan(1);
  const focused = () => page.evaluate(() => document.activeElement?.className);
  expect(await focused()).toBe('blueprint');
  // The arrow keys scroll the map, and Tab goes into the columns now built.
  const scrolled = () => page.evaluate(() => document.querySelector('.blueprint').scrollLeft);
  const before = await scrolled();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(scrolled).toBeLessThan(before);
  // Tab goes into the columns built, and the focus stays there as the map, scrolled to what
  // took it, builds the columns around it (the rows take in those added before it).
  await page.keyboard.press('Tab');
  const inAColumn = () =>
    page.evaluate(() => {
      const column = document.activeElement?.closest('th.step, td.cell');
      return Boolean(column) && document.querySelector('.blueprint').contains(column);
    });
  await expect.poll(inAColumn).toBe(true);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('.blueprint th.step').length)).toBeGreaterThan(10);
  await expect.poll(inAColumn).toBe(true);
});

test('a touchpoint moved by the keyboard keeps the focus as it goes past the columns built', async ({ page }) => {
  await importLong(page);
  const first = await builtSteps(page);
  const edge = first[first.length - 1];
  const name = `Step ${edge} consumer-actions 1`;
  await page.locator('button.touchpoint', { hasText: name }).focus();
  for (let k = 1; k <= 6; k++) {
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.locator(`td.cell[data-step="${edge + k}"] button.touchpoint:focus`)).toContainText(name);
  }
});

test('a step added after the last one is built and named at once', async ({ page }) => {
  const journey = await importLong(page);
  await scrollMap(page);
  await expect.poll(() => builtSteps(page).then((steps) => steps[steps.length - 1])).toBe(STEPS);
  const column = page.locator(`[data-testid="step-column"]:has(#step-name-${STEPS})`);
  await column.locator('summary').click();
  await column.getByTestId('step-add-after').click();
  await expect(page.locator('.step__name:focus')).toHaveValue('New step');
  await page.keyboard.type('Aftercare');
  await expect(page.locator('.step__name:focus')).toHaveValue('Aftercare');
  await expect(journey.stepColumns.last().locator('.step__name')).toHaveValue('Aftercare');
});

test('a KPI of the last step leads to that step on the map, built for it', async ({ page }) => {
  await stopClock(page);
  const journey = await importLong(page);
  expect(await builtSteps(page)).not.toContain(LAST_STEP);
  await journey.showView('measures');
  await page.getByTestId('kpi-step-go').click();
  // One frame, the one the step's name takes the focus in: its column came with the map.
  await page.clock.runFor(16);
  await expect(page.locator(`#step-name-${LAST_STEP}`)).toBeFocused();
  // Time runs: the map, scrolled to the step, keeps it built, focused and in view.
  await page.clock.runFor(1_000);
  await expect(page.locator(`#step-name-${LAST_STEP}`)).toBeFocused();
  await expect(page.locator(`#step-name-${LAST_STEP}`)).toBeInViewport();
});

test('a pain point of the last step leads to its touchpoint on the map, selected', async ({ page }) => {
  await stopClock(page);
  const journey = await importLong(page);
  await journey.showView('measures');
  await page.getByTestId('priority').filter({ hasText: 'Last step pain' }).click();
  // Without a frame: the card is there and selected, the editor shows it.
  const card = page.locator(`button.touchpoint[data-touchpoint="${LAST_TOUCHPOINT.id}"]`);
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  await expect(journey.nameField).toHaveValue(LAST_TOUCHPOINT.name);
  // Time runs: the map, scrolled to the card, keeps it built and in view.
  await page.clock.runFor(1_000);
  await expect(card).toBeInViewport();
});

test('printing builds the whole map before scaling it to the page', async ({ page }) => {
  await stopClock(page);
  const journey = await importLong(page);
  expect((await builtSteps(page)).length).toBeLessThan(STEPS);
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByTestId('print').click();
  // Without a frame: every card is there, and the scale fits the whole table to the page.
  const zoom = () => page.evaluate(() => document.documentElement.style.getPropertyValue('--print-zoom'));
  await expect.poll(zoom).not.toBe('');
  await expect(journey.blueprint.getByTestId('touchpoint')).toHaveCount(CARDS);
  await expect(page.locator('.map-gap')).toHaveCount(0);
  const whole = await page.evaluate(() => Math.min(1, 1040 / document.querySelector('.blueprint__table').scrollWidth).toFixed(3));
  expect(await zoom()).toBe(whole);
});

test('a long map with columns left out on both sides has no WCAG 2.1 AA violation', async ({ page }) => {
  await importLong(page);
  const middle = await page.evaluate(() => document.querySelector('th.step').getBoundingClientRect().width * 15);
  await scrollMap(page, middle);
  await expect.poll(() => builtSteps(page).then((steps) => steps[0])).toBeGreaterThan(1);
  await expect(page.locator('.map-gap')).toHaveCount(2 * 7);
  const results = await new AxeBuilder({ page }).include('.map').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
