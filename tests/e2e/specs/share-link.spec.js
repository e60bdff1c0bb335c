// Share links: the journey travels whole in the URL fragment, opens read-only anywhere, and a
// damaged link changes nothing.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';

const SAMPLE = 'Mobile telephony for Acme Corp';

/** Everything Sightline keeps in this page's storage, to compare before and after. */
function storedState(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('sightline.')).sort().map((k) => [k, localStorage.getItem(k)])),
  );
}

test('a copied link opens the same journey read-only in a fresh browser, and can be saved as a copy', async ({ page, browser }) => {
  const author = new JourneyPage(page);
  await author.open();
  await author.addTouchpoint('co-create', 'provider-backstage', 'Provisions the SIM cards');
  const link = await new JourneyPage(page).copyLink();
  expect(new URL(link).pathname).toBe(new URL(page.url()).pathname);

  const fresh = await browser.newContext();
  const reader = new JourneyPage(await fresh.newPage());
  await reader.page.goto(link);
  await reader.blueprint.waitFor();
  await expect(reader.page.getByTestId('shared-banner')).toBeVisible();
  await expect(reader.page.getByTestId('journey-name')).toHaveValue(SAMPLE);
  await expect(reader.touchpoints('co-create', 'provider-backstage')).toContainText(['Provisions the SIM cards']);
  await expect(reader.page.getByTestId('touchpoint')).toHaveCount(await page.getByTestId('touchpoint').count());
  // Read-only: nothing can be edited, and nothing is stored.
  await expect(reader.cell('explore', 'consumer-actions').getByTestId('add-touchpoint')).toBeDisabled();
  await expect(reader.page.getByTestId('journey-name')).toBeDisabled();
  expect(Object.keys(await storedState(reader.page)).filter((k) => k.startsWith('sightline.journey.'))).toEqual([]);

  await reader.page.getByTestId('save-copy').click();
  await expect(reader.page.getByTestId('shared-banner')).toHaveCount(0);
  await expect(reader.notices).toContainText('is now in your library');
  expect(new URL(reader.page.url()).hash).toBe('');
  await reader.addTouchpoint('realize', 'consumer-actions', 'Compares the bill with the plan');
  await reader.page.reload();
  await reader.blueprint.waitFor();
  await expect(reader.page.getByTestId('shared-banner')).toHaveCount(0);
  await expect(reader.touchpoints('realize', 'consumer-actions')).toContainText(['Compares the bill with the plan']);
  await expect(reader.touchpoints('co-create', 'provider-backstage')).toContainText(['Provisions the SIM cards']);
  await fresh.close();
});

test('opening a link never replaces a journey in the library', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await journey.addTouchpoint('explore', 'consumer-hidden', 'Only in my library');
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => localStorage.getItem(k).includes('Only in my library')),
  );
  const link = await new JourneyPage(page).copyLink();
  // Change the library's journey after copying, then open the older link.
  await journey.deleteTouchpoint('explore', 'consumer-hidden', 'Only in my library');
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => localStorage.getItem(k).includes('Only in my library')));
  const before = await storedState(page);
  await page.goto(link);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(journey.touchpoints('explore', 'consumer-hidden')).toContainText(['Only in my library']);
  expect(await storedState(page)).toEqual(before);
  await library.open();
  await expect(library.rows).toHaveCount(1);
});

test('a damaged, tampered, oversized or newer link says so and changes nothing', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const link = await new JourneyPage(page).copyLink();
  const [base, fragment] = link.split('#');
  const prefix = fragment.slice(0, fragment.indexOf('.') + 1);
  const body = fragment.slice(prefix.length);
  const flip = (text, at) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
  const cases = {
    truncated: fragment.slice(0, Math.floor(fragment.length / 2)),
    tampered: `${prefix}${flip(body, Math.floor(body.length / 3))}`,
    hostile: 'j1.<script>alert(1)</script>',
    oversized: `j1.${'A'.repeat(1_100_000)}`,
  };
  const before = await storedState(page);
  for (const [name, broken] of Object.entries(cases)) {
    await page.goto('about:blank');
    await page.goto(`${base}#${broken}`);
    await journey.blueprint.waitFor();
    await expect(journey.notices, name).toContainText(/damaged or incomplete|larger than Sightline opens/);
    await expect(page.getByTestId('shared-banner')).toHaveCount(0);
    await expect(page.getByTestId('journey-name')).toHaveValue(SAMPLE);
    expect(await storedState(page), name).toEqual(before);
  }
  await page.goto('about:blank');
  await page.goto(`${base}#j9.${body}`);
  await expect(journey.notices).toContainText('newer Sightline');
});

test('a hostile journey name in a link is shown as text', async ({ page, browser }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const journey = new JourneyPage(page);
  await journey.open();
  await page.getByTestId('journey-name').fill(hostile);
  await page.getByTestId('journey-name').press('Enter');
  await journey.addTouchpoint('engage', 'consumer-actions', '<script>alert(2)</script>');
  const link = await new JourneyPage(page).copyLink();

  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  const dialogs = [];
  reader.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await reader.goto(link);
  await expect(reader.getByTestId('journey-name')).toHaveValue(hostile);
  await expect(reader.getByTestId('touchpoint').filter({ hasText: '<script>alert(2)</script>' })).toHaveCount(1);
  await expect(reader.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await fresh.close();
});
