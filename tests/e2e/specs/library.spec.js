// The library: many journeys in one browser, each action surviving a reload.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';
import { fillStorage } from '../support/storage.js';

const SAMPLE = 'Mobile telephony for Acme Corp';

test('create, rename, duplicate and delete journeys; every change survives a reload', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await expect(library.journeyName).toHaveValue(SAMPLE);

  await library.open();
  await expect(library.rows).toHaveCount(1);
  await library.createBlank();
  await expect(library.journeyName).toHaveValue('Untitled journey');
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(journey.page.getByTestId('touchpoint')).toHaveCount(0);
  await journey.addTouchpoint('explore', 'consumer-actions', 'Reads a review');

  await library.open();
  await library.rename('Untitled journey', 'Renewal 2027');
  await library.duplicate('Renewal 2027');
  await expect(library.rows).toHaveCount(3);
  await library.delete(SAMPLE);
  await expect(library.rows).toHaveCount(2);

  await page.reload();
  await expect(library.journeyName).toHaveValue('Renewal 2027');
  await expect(journey.touchpoints('explore', 'consumer-actions')).toContainText(['Reads a review']);
  await library.open();
  expect((await library.listedNames()).sort()).toEqual(['Renewal 2027', 'Renewal 2027 (copy)']);

  await library.openJourney('Renewal 2027 (copy)');
  await expect(library.journeyName).toHaveValue('Renewal 2027 (copy)');
  await expect(journey.touchpoints('explore', 'consumer-actions')).toContainText(['Reads a review']);
});

test('renaming the open journey in the header renames it in the library', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await library.journeyName.fill('Acme renewal');
  await library.journeyName.press('Enter');
  await library.open();
  await expect(library.names).toHaveText(['Acme renewal']);
  await page.reload();
  await expect(library.journeyName).toHaveValue('Acme renewal');
});

test('a journey whose stored text is damaged is set aside, offered for download, and the rest open', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await library.open();
  await library.createBlank();
  await journey.addTouchpoint('agree', 'provider-frontstage', 'Signs the contract');
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('sightline.journey.') && localStorage.getItem(k).includes('Signs the contract')),
  );
  // Damage the open journey's stored text behind the app's back, then reload.
  const damaged = await page.evaluate(() => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('sightline.journey.') && localStorage.getItem(k).includes('Signs the contract'),
    );
    const text = localStorage.getItem(key).slice(0, 120);
    localStorage.setItem(key, text);
    return text;
  });
  await page.reload();
  await expect(journey.notices).toContainText('could not be read');
  await expect(library.journeyName).toHaveValue(SAMPLE);

  await library.open();
  await expect(library.rows).toHaveCount(1);
  const item = page.getByTestId('recovered-item');
  await expect(item).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByTestId('recovered-download').click(),
  ]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(path, 'utf8')).toBe(damaged);
});

test('a full storage quota is reported and the last good save stays intact', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.addTouchpoint('explore', 'consumer-hidden', 'Saved before the disk filled');
  await expect(page.getByTestId('touchpoint').filter({ hasText: 'Saved before the disk filled' })).toHaveCount(1);
  // Let autosave write, then fill the rest of the quota.
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('sightline.journey.') && localStorage.getItem(k).includes('Saved before the disk filled')),
  );
  await fillStorage(page);
  await journey.addTouchpoint('explore', 'consumer-hidden', 'Written when the disk is full');
  await expect(journey.notices).toContainText("storage is full");
  await expect(journey.notices).toContainText('previous save is intact');

  await page.reload();
  await expect(journey.touchpoints('explore', 'consumer-hidden')).toContainText(['Saved before the disk filled']);
  await expect(page.getByTestId('touchpoint').filter({ hasText: 'Written when the disk is full' })).toHaveCount(0);
});

test('a hostile journey name is shown as text everywhere', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await library.journeyName.fill(hostile);
  await library.journeyName.press('Enter');
  await library.open();
  await expect(library.names).toHaveText([hostile]);
  await expect(page.locator('img')).toHaveCount(0);
  await page.reload();
  await expect(library.journeyName).toHaveValue(hostile);
  expect(dialogs).toEqual([]);
});
