// Personas: the people behind the stakeholders, shown above the blueprint and edited in
// their panel, by keyboard as well as by mouse.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';
import { PersonasPage } from '../pages/personas-page.js';
import { settled } from '../support/autosave.js';
import { stopClock } from '../support/clock.js';

test("the sample's personas are on the journey strip with their stakeholder and role", async ({ page }) => {
  const journey = new JourneyPage(page);
  const personas = new PersonasPage(page);
  await journey.open();
  expect(await personas.stripNames()).toEqual(['Karim', 'Léa', 'Martine']);
  const karim = personas.card('Karim');
  await expect(karim).toContainText('Head of IT infrastructure');
  await expect(karim.getByTestId('persona-card-stakeholder')).toHaveText('IT manager · Customer');
  await expect(karim).toContainText('Reliable coverage for 400 staff');
  await expect(personas.card('Léa').getByTestId('persona-card-stakeholder')).toHaveText('Employees · User');
  await expect(personas.card('Martine').getByTestId('persona-card-stakeholder')).toHaveText('CFO · Sponsor');

  // Activating a card from the keyboard takes the user to that persona's fields.
  await personas.card('Léa').focus();
  await page.keyboard.press('Enter');
  await expect(journey.viewEntry('stakeholders')).toHaveAttribute('aria-current', 'page');
  await expect(personas.focusedName()).toHaveValue('Léa');
  await expect(personas.focusedName()).toBeInViewport();
});

test('a persona is added with the keyboard, edited, and is still there after a reload', async ({ page }) => {
  const journey = new JourneyPage(page);
  const personas = new PersonasPage(page);
  await journey.open();
  await journey.showView('stakeholders');
  await expect(personas.newStakeholder).toHaveValue('0');
  await personas.newStakeholder.focus();
  await page.keyboard.press('ArrowDown');
  await expect(personas.newStakeholder.locator('option:checked')).toHaveText('Communications manager');
  await page.keyboard.press('Tab');
  await expect(personas.addButton).toBeFocused();
  await page.keyboard.press('Enter');

  // The new persona's name is selected, so typing names it.
  await expect(personas.focusedName()).toHaveValue('New persona');
  await page.keyboard.type('Sofia');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Internal communications lead');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Every employee knows how to get a phone, first time.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Runs the rollout e-mails; dreads the helpdesk queue.');

  const card = personas.card('Sofia');
  await expect(card).toContainText('Internal communications lead');
  await expect(card.getByTestId('persona-card-stakeholder')).toHaveText('Communications manager · Customer');
  await expect(card).toContainText('Every employee knows how to get a phone');

  await settled(page);
  await journey.reload();
  await expect(personas.cards).toHaveCount(4);
  expect(await personas.stripNames()).toEqual(['Karim', 'Léa', 'Martine', 'Sofia']);
  const sofia = personas.editor('Sofia');
  await expect(sofia.getByTestId('persona-job')).toHaveValue('Internal communications lead');
  await expect(sofia.getByTestId('persona-goals')).toHaveValue('Every employee knows how to get a phone, first time.');
  await expect(sofia.getByTestId('persona-description')).toHaveValue('Runs the rollout e-mails; dreads the helpdesk queue.');
  await expect(sofia.getByTestId('persona-stakeholder').locator('option:checked')).toHaveText('Communications manager');
});

test('typing in a persona is one undo step, and a removed persona comes back with Undo', async ({ page }) => {
  await stopClock(page);
  const journey = new JourneyPage(page);
  const personas = new PersonasPage(page);
  await journey.open();
  await journey.showView('stakeholders');
  const job = personas.editor('Martine').getByTestId('persona-job');
  await expect(job).toHaveValue('Chief financial officer');
  await job.fill('');
  await job.pressSequentially('Group CFO');
  await expect(personas.card('Martine')).toContainText('Group CFO');
  await page.keyboard.press('Control+z');
  await expect(job).toHaveValue('Chief financial officer');
  await expect(personas.card('Martine')).toContainText('Chief financial officer');
  // The focus moves in the next frame, which needs the clock to run.
  await page.clock.resume();

  await page.getByRole('button', { name: 'Remove persona Léa' }).click();
  expect(await personas.stripNames()).toEqual(['Karim', 'Martine']);
  await expect(personas.editors).toHaveCount(2);
  // The focus moves on to the next persona rather than to the page.
  await expect(personas.focusedName()).toHaveValue('Martine');

  await page.keyboard.press('Control+z');
  await expect(personas.cards).toHaveCount(3);
  expect(await personas.stripNames()).toEqual(['Karim', 'Léa', 'Martine']);
  await expect(personas.card('Léa')).toContainText('Field sales representative');
});

test('a journey without personas says how to add them, on the strip and in the panel', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  const personas = new PersonasPage(page);
  await journey.open();
  await library.open();
  await library.createBlank();
  await expect(personas.cards).toHaveCount(0);
  await expect(personas.stripHint).toContainText('Personas panel');
  await journey.showView('stakeholders');
  await expect(personas.emptyPanel).toBeVisible();
  // A blank journey has no stakeholder yet: a persona needs one.
  await expect(personas.addButton).toHaveCount(0);
  await expect(personas.panel).toContainText('Add a stakeholder first');
  await page.getByTestId('add-stakeholder').click();
  await personas.addButton.click();
  await expect(personas.cards).toHaveCount(1);
  await expect(personas.stripHint).toHaveCount(0);
  await expect(personas.emptyPanel).toHaveCount(0);
});
