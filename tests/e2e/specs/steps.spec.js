// Steps as a designer reshapes a journey: a custom step between two ITIL steps, steps moved
// and removed (and undone), and ways back to earlier steps.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { settled } from '../support/autosave.js';

/** The names the step headers show, left to right. */
async function stepNames(journey) {
  return journey.stepColumns.locator('input.step__name').evaluateAll((inputs) => inputs.map((i) => i.value));
}

/** Opens a step's options from the keyboard. */
async function openOptions(page, stepName) {
  const summary = page.getByLabel(`Options of step ${stepName}`);
  await summary.focus();
  await page.keyboard.press('Enter');
  return summary.locator('xpath=..');
}

test('a custom step added between Offer and Agree from the keyboard is named, anchored and saved', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const options = await openOptions(page, 'Offer');
  await options.getByRole('button', { name: 'Add a step after Offer' }).press('Enter');
  // The new step's name is focused and selected: typing replaces it.
  await page.keyboard.type('Legal review');
  await page.keyboard.press('Enter');
  await expect.poll(() => stepNames(journey)).toEqual([
    'Explore', 'Engage', 'Offer', 'Legal review', 'Agree', 'Onboard', 'Co-create', 'Realize',
  ]);
  // It serves Offer's stage until anchored elsewhere.
  const legal = journey.stepColumns.nth(3);
  await expect(legal).toHaveAttribute('data-stage', 'offer');
  const legalOptions = await openOptions(page, 'Legal review');
  await legalOptions.getByLabel('ITIL stage').selectOption({ label: 'Agree' });
  await expect(legal).toHaveAttribute('data-stage', 'agree');

  await settled(page);
  await journey.reload();
  await expect.poll(() => stepNames(journey)).toContain('Legal review');
  await expect(journey.stepColumns.nth(3)).toHaveAttribute('data-stage', 'agree');
});

test('moving a step keeps the focus on the move button and undo puts it back', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const options = await openOptions(page, 'Realize');
  const left = options.getByRole('button', { name: 'Move Realize one step to the left' });
  await left.click();
  await expect.poll(() => stepNames(journey)).toEqual([
    'Explore', 'Engage', 'Offer', 'Agree', 'Onboard', 'Realize', 'Co-create',
  ]);
  await expect(left).toBeFocused();
  // The touchpoints moved with their step.
  await expect(journey.stepColumns.nth(5)).toHaveAttribute('data-stage', 'realize');
  await page.keyboard.press('Control+z');
  await expect.poll(() => stepNames(journey)).toEqual([
    'Explore', 'Engage', 'Offer', 'Agree', 'Onboard', 'Co-create', 'Realize',
  ]);
  await expect(options.getByRole('button', { name: 'Move Realize one step to the right' })).toBeDisabled();
  // Escape folds the options and gives the focus back to their toggle.
  await left.focus();
  await page.keyboard.press('Escape');
  await expect(left).toBeHidden();
  await expect(page.getByLabel('Options of step Realize')).toBeFocused();
});

test('removing a step takes its touchpoints and ways back, says so, and undo restores all of it', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const chips = page.getByTestId('loop-chip');
  await expect(chips).toHaveText(['↩ Offer: Terms rejected', '↩ Agree: Contract renewal']);
  await expect(journey.touchpoints('agree', 'support-processes')).toHaveText([/Legal review/]);

  const options = await openOptions(page, 'Agree');
  await options.getByRole('button', { name: 'Remove step Agree and everything in it' }).click();
  await expect(journey.notices).toContainText('Removed the step “Agree” and its 5 touchpoints');
  await expect(journey.stepColumns).toHaveCount(6);
  await expect(page.getByText('Legal review')).toHaveCount(0);
  await expect(chips).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(journey.touchpoints('agree', 'support-processes')).toHaveText([/Legal review/]);
  await expect(chips).toHaveText(['↩ Offer: Terms rejected', '↩ Agree: Contract renewal']);
});

test('a way back added from Onboard is shown under its step, retargeted, explained and saved', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const options = await openOptions(page, 'Onboard');
  await options.getByRole('button', { name: 'Add a way back from Onboard to an earlier step' }).click();
  const onboardLoops = page.getByTestId('loops-row').locator('td').nth(4);
  await expect(onboardLoops.getByTestId('loop-chip')).toHaveText(['↩ Agree']);

  const editor = options.getByTestId('loop-editor');
  await editor.getByLabel('Goes back to').selectOption({ label: 'Explore' });
  await editor.getByLabel('When or why').fill('Phones do not fit the plan');
  await editor.getByLabel('When or why').press('Enter');
  const chip = onboardLoops.getByTestId('loop-chip');
  await expect(chip).toHaveText('↩ Explore: Phones do not fit the plan');
  await expect(chip).toHaveAttribute(
    'aria-label',
    'After Onboard, the journey can go back to Explore: Phones do not fit the plan',
  );

  await settled(page);
  await journey.reload();
  await expect(page.getByTestId('loops-row').locator('td').nth(4).getByTestId('loop-chip'))
    .toHaveText('↩ Explore: Phones do not fit the plan');
});

test('a step dragged by its grip onto another takes its place, either way', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  const journey = new JourneyPage(page);
  await journey.open();
  const grip = (n) => journey.stepColumns.nth(n).getByTestId('step-grip');
  // Explore dragged onto Agree: it comes from the left, so it goes after Agree.
  await grip(0).dragTo(journey.stepColumns.nth(3));
  await expect.poll(() => stepNames(journey)).toEqual([
    'Engage', 'Offer', 'Agree', 'Explore', 'Onboard', 'Co-create', 'Realize',
  ]);
  // Realize dragged onto Engage: from the right, so it goes before Engage.
  await grip(6).dragTo(journey.stepColumns.nth(0));
  await expect.poll(() => stepNames(journey)).toEqual([
    'Realize', 'Engage', 'Offer', 'Agree', 'Explore', 'Onboard', 'Co-create',
  ]);
  // Touchpoints follow their step.
  await expect(journey.touchpoints('realize', 'consumer-actions')).toHaveText([/Quarterly service review/]);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => stepNames(journey)).toEqual([
    'Explore', 'Engage', 'Offer', 'Agree', 'Onboard', 'Co-create', 'Realize',
  ]);
});
