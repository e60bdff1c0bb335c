// The blueprint from the keyboard: arrows move across cells, steps and lanes, Delete removes a
// touchpoint that Undo brings back, and ? lists the shortcuts.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';

/** The text of the focused element and the cell (step id, lane) it sits in. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const cell = element?.closest('td.cell');
    return {
      text: element?.querySelector('.touchpoint__name')?.textContent ?? element?.textContent?.trim(),
      stage: cell?.dataset.stage,
      lane: cell?.dataset.lane,
    };
  });
}

test('arrow keys move across the blueprint; Delete removes and Undo restores', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.touchpoints('explore', 'consumer-hidden').first().focus();
  expect(await focused(page)).toEqual({ text: 'Audit current phone costs', stage: 'explore', lane: 'consumer-hidden' });

  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).text).toBe('Benchmark operators in analyst reports');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toEqual({ text: '+', stage: 'explore', lane: 'consumer-hidden' });
  // Past the last item of a cell, down goes to the lane below, across the line of visibility.
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toEqual({ text: '+', stage: 'explore', lane: 'consumer-actions' });
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toEqual({ text: 'Request a meeting', stage: 'engage', lane: 'consumer-actions' });
  await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toEqual({ text: '+', stage: 'engage', lane: 'consumer-hidden' });
  await page.keyboard.press('ArrowLeft');
  expect(await focused(page)).toEqual({ text: 'Audit current phone costs', stage: 'explore', lane: 'consumer-hidden' });

  // Enter opens the touchpoint; Escape closes the editor.
  await page.keyboard.press('Enter');
  await expect(journey.nameField).toHaveValue('Audit current phone costs');
  await page.keyboard.press('Escape');
  await expect(journey.editor).toHaveCount(0);

  await journey.touchpoints('explore', 'consumer-hidden').first().focus();
  await page.keyboard.press('Delete');
  await expect(journey.touchpoints('explore', 'consumer-hidden')).toHaveCount(1);
  expect((await focused(page)).text).toBe('Benchmark operators in analyst reports');
  await page.keyboard.press('Control+z');
  await expect(journey.touchpoints('explore', 'consumer-hidden')).toHaveCount(2);
  await expect(journey.touchpoints('explore', 'consumer-hidden').first()).toContainText('Audit current phone costs');
});

test('? lists the shortcuts and Escape closes the list', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeHidden();
  await page.locator('body').press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Undo the last change');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Typed into a field, ? is just a character.
  await page.getByTestId('journey-name').press('End');
  await page.getByTestId('journey-name').press('?');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('journey-name')).toHaveValue('Mobile telephony for Acme Corp?');
});
