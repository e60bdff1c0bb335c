// Undo and redo: every kind of edit is taken back exactly, typing is one step per pause, and
// a journey can be started from a template without touching the mouse.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { settled } from '../support/autosave.js';
import { stopClock } from '../support/clock.js';

async function pressUntilDisabled(page, keys, button) {
  for (let i = 0; i < 50 && (await button.isEnabled()); i++) await page.keyboard.press(keys);
  await expect(button).toBeDisabled();
}

test('a sequence of every kind of edit is undone to the original and redone to the end', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const original = await settled(page);
  const undo = page.getByTestId('undo');
  const redo = page.getByTestId('redo');
  await expect(undo).toBeDisabled();

  await journey.addTouchpoint('offer', 'consumer-actions', 'Compares three offers');
  await journey.editor.getByTestId('touchpoint-channel').selectOption({ label: 'Web' });
  await journey.editor.getByTestId('touchpoint-lane').selectOption({ label: "Consumer's hidden activities" });
  await page.keyboard.press('Escape');
  const stepName = page.getByRole('textbox', { name: /Explore/ });
  await stepName.fill('Scan the market');
  await stepName.press('Enter');
  await journey.deleteTouchpoint('realize', 'provider-backstage', 'Analyse usage for upsell');
  await page.getByTestId('journey-name').fill('Renewal');
  await page.getByTestId('journey-name').press('Enter');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const edited = await settled(page);
  expect(edited).not.toBe(original);

  await pressUntilDisabled(page, 'Control+z', undo);
  expect(await settled(page)).toBe(original);
  await expect(page.getByTestId('journey-name')).toHaveValue('Mobile telephony for Acme Corp');

  await pressUntilDisabled(page, 'Control+Shift+z', redo);
  expect(await settled(page)).toBe(edited);

  // The buttons do the same as the keys.
  await undo.click();
  await expect(page.getByTestId('journey-name')).toHaveValue('Mobile telephony for Acme Corp');
  await redo.click();
  await expect(page.getByTestId('journey-name')).toHaveValue('Renewal');
});

test('typing a name is one undo step, and the history survives a visit to the library', async ({ page }) => {
  await stopClock(page);
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.addTouchpoint('engage', 'consumer-hidden', 'Asks the team what hurts');
  const card = journey.touchpoints('engage', 'consumer-hidden');
  await expect(card).toContainText(['Asks the team what hurts']);

  await page.getByTestId('open-library').click();
  await page.getByTestId('library-open').first().click();
  await page.keyboard.press('Control+z');
  await expect(card).toContainText(['New touchpoint']);
  await page.keyboard.press('Control+z');
  await expect(card).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(card).toContainText(['New touchpoint']);
});

test('a journey is started from a template with the keyboard alone', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const focusOn = async (selector) => {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`the keyboard never reached ${selector}`);
  };
  await focusOn('[data-testid="open-library"]');
  await page.keyboard.press('Enter');
  await focusOn('[data-testid="new-journey"][data-template="incident-resolution"]');
  await page.keyboard.press('Enter');
  await journey.blueprint.waitFor();
  await expect(page.getByTestId('journey-name')).toHaveValue('Incident resolution: sales e-mail down');
  // Its own seven steps, Report to Review: two serve co-create, three realize value.
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(page.getByRole('textbox', { name: /Co-create/ })).toHaveCount(2);
  const touchpoints = await page.getByTestId('touchpoint').count();
  expect(touchpoints).toBeGreaterThan(15);
  await page.reload();
  await expect(page.getByTestId('journey-name')).toHaveValue('Incident resolution: sales e-mail down');
  await expect(page.getByTestId('touchpoint')).toHaveCount(touchpoints);
});

test('steps, ways back, personas and flags are undone to the original and redone to the end', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const original = await settled(page);
  const undo = page.getByTestId('undo');
  const redo = page.getByTestId('redo');
  const options = async (step) => {
    const toggle = page.getByLabel(`Options of step ${step}`);
    await toggle.click();
    return toggle.locator('xpath=..');
  };

  await (await options('Offer')).getByRole('button', { name: 'Add a step after Offer' }).click();
  await page.keyboard.type('Legal review');
  await page.keyboard.press('Enter');
  await (await options('Realize')).getByRole('button', { name: 'Move Realize one step to the left' }).click();
  await page.keyboard.press('Escape');
  await (await options('Onboard')).getByRole('button', { name: /Add a way back from Onboard/ }).click();
  await page.keyboard.press('Escape');
  await (await options('Explore')).getByRole('button', { name: /Remove step Explore/ }).click();
  await page.keyboard.press('Escape');
  await journey.showView('stakeholders');
  await page.getByTestId('add-persona').click();
  await page.keyboard.type('Nadia');
  await page.keyboard.press('Tab');
  await journey.showView('map');
  await journey.touchpoints('agree', 'support-processes').filter({ hasText: 'Legal review' }).click();
  await journey.editor.getByTestId('touchpoint-fail-point').check();
  await journey.editor.getByTestId('touchpoint-moment-of-truth').check();
  // A touchpoint with a pain point noted on it takes the pain point along.
  await journey.deleteTouchpoint('co-create', 'provider-frontstage', 'Business support line');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const edited = await settled(page);
  expect(edited).not.toBe(original);
  expect(JSON.parse(edited).journey.insights).toHaveLength(5);

  await pressUntilDisabled(page, 'Control+z', undo);
  expect(await settled(page)).toBe(original);
  await pressUntilDisabled(page, 'Control+Shift+z', redo);
  expect(await settled(page)).toBe(edited);
});
