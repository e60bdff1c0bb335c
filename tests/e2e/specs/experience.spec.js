// The experience lane on the map: one line per stakeholder who feels something, points under
// their touchpoints' steps that open the touchpoint, redrawn as emotions are edited.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { settled } from '../support/autosave.js';

test('the lane draws one line per stakeholder with emotions, and a point opens its touchpoint', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const document = JSON.parse(await settled(page)).journey;
  const feeling = new Set(document.touchpoints.flatMap((t) => (t.emotions ?? []).map((e) => e.stakeholder)));
  expect(feeling.size).toBeGreaterThan(1);

  const lane = page.getByTestId('experience-lane');
  await expect(lane).toBeVisible();
  await expect(lane.getByTestId('experience-line')).toHaveCount(feeling.size);
  const points = lane.getByTestId('experience-point');
  const emotions = document.touchpoints.flatMap((t) => t.emotions ?? []).length;
  await expect(points).toHaveCount(emotions);
  // The text alternative names the lowest point and each line's trend.
  await expect(lane.getByTestId('experience-summary')).toContainText('Lowest point:');
  await expect(lane.locator('.experience-point--lowest')).toHaveCount(1);

  // Each point sits under its touchpoint's step.
  const point = points.first();
  const pointId = await point.getAttribute("data-touchpoint");
  const secondId = await points.nth(1).getAttribute('data-touchpoint');
  const touchpoint = document.touchpoints.find((t) => String(t.id) === pointId);
  const stage = document.steps.find((s) => s.id === touchpoint.step).stage;
  const column = await page.locator(`[data-testid="step-column"][data-stage="${stage}"]`).first().boundingBox();
  const dot = await point.boundingBox();
  expect(dot.x + dot.width / 2).toBeGreaterThanOrEqual(column.x);
  expect(dot.x + dot.width / 2).toBeLessThanOrEqual(column.x + column.width);

  // Hovering or focusing names the touchpoint; activating opens it.
  await expect(point).toHaveAttribute('aria-label', new RegExp(touchpoint.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // The points are one stop for Tab, the first point; the arrow keys go along a line and
  // between lines, and the focused point's name shows beside it.
  await expect(lane.locator('[data-testid="experience-point"][tabindex="0"]')).toHaveCount(1);
  await expect(point).toHaveAttribute('tabindex', '0');
  const lineOf = await points.evaluateAll((all) => all.map((p) => p.dataset.stakeholder));
  const along = lineOf.findIndex((line, i) => line === lineOf[i + 1]);
  const lastLine = lineOf.findIndex((line) => line === lineOf[lineOf.length - 1]);
  expect(along).toBeGreaterThanOrEqual(0);
  expect(along).toBeLessThan(lastLine);
  const label = lane.locator('.experience-lane__focus-label');
  const focused = lane.locator('[data-testid="experience-point"]:focus');
  const start = points.nth(along);
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await expect(points.nth(along + 1)).toBeFocused();
  await expect(points.nth(along + 1)).toHaveAttribute('tabindex', '0');
  await expect(lane.locator('[data-testid="experience-point"][tabindex="0"]')).toHaveCount(1);
  await expect(label).toHaveText(await points.nth(along + 1).getAttribute('aria-label'));
  await page.keyboard.press('ArrowLeft');
  await expect(start).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(focused).not.toHaveAttribute('data-stakeholder', lineOf[along]);
  await page.keyboard.press('ArrowUp');
  await expect(focused).toHaveAttribute('data-stakeholder', lineOf[along]);
  // Tab leaves the lane at once: the next control is not another point; Shift+Tab comes
  // back to the point last focused.
  const last = await focused.getAttribute('aria-label');
  await page.keyboard.press('Tab');
  await expect(focused).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(focused).toHaveAttribute('aria-label', last);
  await point.focus();
  await page.keyboard.press('Enter');
  await expect(journey.nameField).toHaveValue(touchpoint.name);
  await expect(label).toHaveCount(0);

  // Space opens a point as well.
  await points.nth(1).focus();
  await page.keyboard.press(' ');
  await expect(journey.nameField).toHaveValue(document.touchpoints.find((t) => String(t.id) === (secondId)).name);
});

test('editing an emotion moves its point; lines hide one by one and the lane folds', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const document = JSON.parse(await settled(page)).journey;
  const lane = page.getByTestId('experience-lane');
  const point = lane.getByTestId('experience-point').first();
  const id = await point.getAttribute('data-touchpoint');
  const stakeholderId = await point.getAttribute('data-stakeholder');
  const stakeholder = document.stakeholders.find((s) => String(s.id) === stakeholderId);
  const before = await point.boundingBox();

  await point.click();
  const field = journey.editor.getByLabel(new RegExp(`^Emotion of ${stakeholder.name} \\(`));
  const old = Number(await field.inputValue());
  const next = old <= 0 ? 2 : -2;
  await field.fill(String(next));
  await field.press('Tab');
  const moved = lane.locator(`[data-testid="experience-point"][data-touchpoint="${id}"][data-stakeholder="${stakeholderId}"]`);
  await expect(moved).toHaveAttribute('data-emotion', String(next));
  const after = await moved.boundingBox();
  // The best feeling is at the top.
  if (next > old) expect(after.y).toBeLessThan(before.y);
  else expect(after.y).toBeGreaterThan(before.y);

  const lines = lane.getByTestId('experience-line');
  const count = await lines.count();
  await lane.getByTestId('experience-toggle').first().uncheck();
  await expect(lines).toHaveCount(count - 1);
  await lane.getByTestId('experience-toggle').first().check();
  await expect(lines).toHaveCount(count);

  const fold = lane.getByTestId('experience-fold');
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(lane.getByTestId('experience-point').first()).toBeHidden();
  await fold.click();
  await expect(lane.getByTestId('experience-point').first()).toBeVisible();
});
