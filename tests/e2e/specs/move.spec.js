// Moving touchpoints: drag and drop onto a cell or a card, Alt+arrow keys from the keyboard,
// across the lines of visibility; the step headers follow, Undo puts everything back.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { settled } from '../support/autosave.js';

// Tall enough that the whole map, which scrolls inside the window's height, is in view below
// the header, the personas and the experience lane: a user drags to a cell they can see
// (Playwright's drag would scroll the map under the pointer while dragging to one out of view).
test.use({ viewport: { width: 1280, height: 1900 } });

/** The names in a cell, top to bottom. */
function names(journey, stage, lane) {
  return journey.touchpoints(stage, lane).locator('.touchpoint__name').allTextContents();
}

/** A step's header: its summary ("n touchpoints, k in the zone") and its V. */
async function header(journey, stage) {
  const column = journey.page.locator(`[data-testid="step-column"][data-stage="${stage}"]`);
  return {
    summary: await column.locator('.step__summary').textContent(),
    value: await column.getByTestId('step-value').textContent(),
  };
}

test('a touchpoint dragged across the lines of visibility moves there, stays after a reload, and Undo puts it back', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const agreeBefore = await header(journey, 'agree');
  const onboardBefore = await header(journey, 'onboard');
  expect(agreeBefore.summary).toBe('5 touchpoints, 2 in the zone');
  expect(onboardBefore.summary).toBe('5 touchpoints, 2 in the zone');

  // From the consumer's actions of Agree onto a card in Onboard's backstage: it goes before
  // that card, below the line of interaction and the provider's line of visibility.
  const negotiate = journey.touchpoints('agree', 'consumer-actions').filter({ hasText: 'Negotiate contract terms' });
  const port = journey.touchpoints('onboard', 'provider-backstage').filter({ hasText: 'Port numbers and activate lines' });
  await negotiate.dragTo(port);
  await expect(journey.touchpoints('agree', 'consumer-actions')).toHaveCount(0);
  expect(await names(journey, 'onboard', 'provider-backstage')).toEqual([
    'Negotiate contract terms',
    'Port numbers and activate lines',
  ]);
  // Its costs leave Agree for Onboard, and it is no longer in the zone of visibility.
  const agreeAfter = await header(journey, 'agree');
  const onboardAfter = await header(journey, 'onboard');
  expect(agreeAfter.summary).toBe('4 touchpoints, 1 in the zone');
  expect(onboardAfter.summary).toBe('6 touchpoints, 2 in the zone');
  expect(agreeAfter.value).not.toBe(agreeBefore.value);
  expect(onboardAfter.value).not.toBe(onboardBefore.value);

  await page.keyboard.press('Control+z');
  expect(await names(journey, 'agree', 'consumer-actions')).toEqual(['Negotiate contract terms']);
  expect(await names(journey, 'onboard', 'provider-backstage')).toEqual(['Port numbers and activate lines']);
  expect(await header(journey, 'agree')).toEqual(agreeBefore);
  expect(await header(journey, 'onboard')).toEqual(onboardBefore);

  // Redo, then a reload: the move was saved. (The undo history lasts until a reload.)
  await page.keyboard.press('Control+Shift+z');
  await expect(journey.touchpoints('agree', 'consumer-actions')).toHaveCount(0);
  await settled(page);
  await journey.reload();
  expect(await names(journey, 'onboard', 'provider-backstage')).toEqual([
    'Negotiate contract terms',
    'Port numbers and activate lines',
  ]);
  expect(await header(journey, 'agree')).toEqual(agreeAfter);
});

test('a drop on a cell puts the touchpoint at its end; a drop on a card of its own cell reorders it; Undo restores the order', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const original = ['Audit current phone costs', 'Benchmark operators in analyst reports'];
  expect(await names(journey, 'explore', 'consumer-hidden')).toEqual(original);

  const benchmark = journey.touchpoints('explore', 'consumer-hidden').filter({ hasText: 'Benchmark' });
  await benchmark.dragTo(journey.touchpoints('explore', 'consumer-hidden').filter({ hasText: 'Audit' }));
  await expect(journey.touchpoints('explore', 'consumer-hidden').first()).toContainText('Benchmark');
  expect(await names(journey, 'explore', 'consumer-hidden')).toEqual([...original].reverse());

  // Onto the cell itself (its add button), step by step: the cell shows it takes the drop,
  // and the touchpoint goes to its end.
  const target = journey.cell('engage', 'provider-backstage');
  await expect(target).not.toHaveClass(/cell--drop-target/);
  await journey.touchpoints('explore', 'consumer-hidden').filter({ hasText: 'Audit' }).hover();
  await page.mouse.down();
  await target.getByTestId('add-touchpoint').hover();
  await target.getByTestId('add-touchpoint').hover({ position: { x: 5, y: 5 } });
  await expect(target).toHaveClass(/cell--drop-target/);
  await page.mouse.up();
  await expect(target).not.toHaveClass(/cell--drop-target/);
  expect(await names(journey, 'engage', 'provider-backstage')).toEqual([
    'Qualify the lead in CRM',
    'Audit current phone costs',
  ]);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await names(journey, 'explore', 'consumer-hidden')).toEqual(original);
  expect(await names(journey, 'engage', 'provider-backstage')).toEqual(['Qualify the lead in CRM']);
});

test('Alt+arrow keys move the focused touchpoint across steps and lanes and keep the focus on it', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const card = journey.page.getByTestId('touchpoint').filter({ hasText: 'Request a meeting' });
  await card.focus();
  await expect(card).toHaveAttribute('aria-keyshortcuts', /Alt\+ArrowDown/);

  // Down across the line of interaction, into the provider's frontstage, at the end.
  await page.keyboard.press('Alt+ArrowDown');
  expect(await names(journey, 'engage', 'provider-frontstage')).toEqual([
    'Discovery meeting with account manager',
    'Request a meeting',
  ]);
  await expect(card).toBeFocused();
  // Down again, across the provider's line of visibility: Engage has one fewer in the zone.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(journey.touchpoints('engage', 'provider-backstage').last()).toContainText('Request a meeting');
  expect((await header(journey, 'engage')).summary).toBe('3 touchpoints, 1 in the zone');
  await expect(card).toBeFocused();

  // Right to the next step, left back, then left again to Explore.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(journey.touchpoints('offer', 'provider-backstage').last()).toContainText('Request a meeting');
  expect((await header(journey, 'engage')).summary).toBe('2 touchpoints, 1 in the zone');
  await page.keyboard.press('Alt+ArrowLeft');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(journey.touchpoints('explore', 'provider-backstage').last()).toContainText('Request a meeting');
  await expect(card).toBeFocused();
  // At the blueprint's edge nothing moves, and the page stays.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(journey.touchpoints('explore', 'provider-backstage').last()).toContainText('Request a meeting');
  await expect(card).toBeFocused();

  // Every move is one undo step.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
  expect(await names(journey, 'engage', 'consumer-actions')).toEqual(['Request a meeting']);
  expect((await header(journey, 'engage')).summary).toBe('3 touchpoints, 2 in the zone');
});
