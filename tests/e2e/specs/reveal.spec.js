// A long journey's map is built a screenful first, the other step columns in the frame after
// the first paint (src/components/blueprint/reveal.rs); whatever needs a column not built yet
// has them all built at once. The page's clock is Playwright's and stands still, so the
// animation frames after the first render come only when a test lets the time run: what the
// map holds before then is exactly what its first render built.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';
import { stopClock } from '../support/clock.js';

/** Long enough that a 1,280 px window at 100 % shows only its first columns. */
const STEPS = 40;
const LANES = ['consumer-hidden', 'consumer-actions', 'provider-frontstage', 'provider-backstage', 'support-processes'];
const CARDS = STEPS * LANES.length * 2;
const NAME = 'Forty steps';

/**
 * A journey document of STEPS steps, two touchpoints per cell (each felt by the first
 * stakeholder, so the experience lane draws a point for it), with the sample's stakeholders,
 * personas and settings; a KPI on the last step and a pain point on its first touchpoint, so
 * that the measures view leads to both.
 */
function longJourney() {
  const sample = JSON.parse(readFileSync(new URL('../../../crates/document/tests/fixtures/v4.json', import.meta.url), 'utf8'));
  const stages = sample.journey.steps.map((step) => step.stage);
  const steps = Array.from({ length: STEPS }, (_, k) => ({ id: k + 1, stage: stages[Math.floor((k * stages.length) / STEPS)] }));
  const touchpoints = [];
  for (const step of steps) {
    for (const lane of LANES) {
      for (const n of [1, 2]) {
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
  await new LibraryPage(page).open();
  await page.getByTestId('import-journey').setInputFiles({
    name: `${NAME}.sightline.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(LONG)),
  });
  await expect(page.getByTestId('journey-name')).toHaveValue(NAME);
  await journey.blueprint.waitFor();
  return journey;
}

/** The step ids of the map's columns, in order. */
function builtSteps(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="blueprint"] td.cell[data-lane="consumer-hidden"]')].map((cell) => Number(cell.dataset.step)));
}

/** Whether the built columns reach past the right edge of the map's visible part. */
function coversTheMap(page) {
  return page.evaluate(() => {
    const map = document.querySelector('.blueprint').getBoundingClientRect();
    const cells = document.querySelectorAll('[data-testid="blueprint"] td.cell[data-lane="consumer-hidden"]');
    return cells[cells.length - 1].getBoundingClientRect().right >= map.right;
  });
}

test('a short journey is built whole in the first render', async ({ page }) => {
  await stopClock(page);
  const journey = new JourneyPage(page);
  await journey.open();
  // Not one frame has run: all seven steps and 29 cards came with the first render.
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(journey.blueprint.getByTestId('touchpoint')).toHaveCount(29);
});

test('a long journey opened from a link shows the columns on screen first, then all of them', async ({ page, browser }) => {
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
  // Every row has the same columns; the lines and the experience lane span them.
  for (const lane of LANES) {
    await expect(reader.locator(`td.cell[data-lane="${lane}"]`)).toHaveCount(first.length);
  }
  await expect(reader.getByTestId('line-interaction').locator('td')).toHaveAttribute('colspan', String(first.length + 1));
  const points = reader.getByTestId('experience-point');
  await expect(points).toHaveCount(first.length * LANES.length * 2);

  // Time runs: the next frames come, and the map holds every card, in order.
  await reader.clock.runFor(2_000);
  await expect(map.blueprint.getByTestId('touchpoint')).toHaveCount(CARDS);
  expect(await builtSteps(reader)).toEqual(Array.from({ length: STEPS }, (_, k) => k + 1));
  await expect(points).toHaveCount(CARDS);
  await expect(reader.getByTestId('experience-lane').locator('td')).toHaveAttribute('colspan', String(STEPS));
  await context.close();
});

test('an arrow key past the last column built moves into the next one', async ({ page }) => {
  await stopClock(page);
  await importLong(page);
  const first = await builtSteps(page);
  expect(first.length).toBeLessThan(STEPS);
  const edge = first[first.length - 1];
  const card = page.locator(`td.cell[data-step="${edge}"][data-lane="consumer-actions"] button.touchpoint`).first();
  await card.focus();
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => {
    const cell = document.activeElement?.closest('td.cell');
    return { step: Number(cell?.dataset.step), lane: cell?.dataset.lane, name: document.activeElement.querySelector('.touchpoint__name')?.textContent };
  });
  expect(focused).toEqual({ step: edge + 1, lane: 'consumer-actions', name: `Step ${edge + 1} consumer-actions 1` });
  await expect(page.getByTestId('blueprint').getByTestId('touchpoint')).toHaveCount(CARDS);
});

test('an undo while the columns are being built brings its step back among them', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-03T08:00:00Z') });
  const journey = await importLong(page);
  await expect(journey.stepColumns).toHaveCount(STEPS);
  // Remove the first step, then leave the map and come back to it: it is built anew, the
  // clock stopped this time, so that its later columns wait.
  const column = page.locator('[data-testid="step-column"]:has(#step-name-1)');
  await column.locator('summary').click();
  await column.getByTestId('step-remove').click();
  await expect(journey.stepColumns).toHaveCount(STEPS - 1);
  const library = new LibraryPage(page);
  await library.open();
  await page.clock.pauseAt(new Date('2026-12-03T09:00:00Z'));
  await library.row(NAME).getByTestId('library-open').click();
  await journey.blueprint.waitFor();
  const first = await builtSteps(page);
  expect(first[0]).toBe(2);
  expect(first.length).toBeLessThan(STEPS - 1);
  // Undo from outside the map: the first step comes back first, the columns built stay as many.
  await page.locator('body').press('Control+z');
  await expect.poll(() => builtSteps(page)).toEqual(first.map((_, k) => k + 1));
  await expect(journey.blueprint.getByTestId('touchpoint')).toHaveCount(first.length * LANES.length * 2);
  await page.clock.runFor(2_000);
  await expect(journey.blueprint.getByTestId('touchpoint')).toHaveCount(CARDS);
});

test('a KPI of the last step leads to that step on the map, built for it', async ({ page }) => {
  await stopClock(page);
  const journey = await importLong(page);
  expect(await builtSteps(page)).not.toContain(LAST_STEP);
  await journey.showView('measures');
  await page.getByTestId('kpi-step-go').click();
  // One frame, the one the step's name takes the focus in: the rest of the map, had it waited
  // for its own frame, would come in the frame after.
  await page.clock.runFor(16);
  await expect(page.locator(`#step-name-${LAST_STEP}`)).toBeFocused();
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
  const whole = await page.evaluate(() => Math.min(1, 1040 / document.querySelector('.blueprint__table').scrollWidth).toFixed(3));
  expect(await zoom()).toBe(whole);
});
