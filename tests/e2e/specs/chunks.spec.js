// The release build fetches each view besides the map as a wasm chunk of its own, the first
// time it is shown. A chunk that cannot be fetched (the network gone before the service worker
// kept it) must say so in plain words, and the rest of the app must work on.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';

// No service worker: it would fetch the chunks for offline use before the test cuts them off.
test.use({ serviceWorkers: 'block' });

test('a view whose code cannot be fetched says so, and the map goes on working', async ({ page }) => {
  const chunks = [];
  await page.route(/\/app-[0-9a-f]{16}\/split_value_view\.wasm$/, (route) => {
    chunks.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const journey = new JourneyPage(page);
  await journey.open();
  // The map needs no chunk of the value view: it was drawn without it.
  expect(chunks).toEqual([]);

  await journey.showView('value');
  await expect(page.getByRole('alert')).toHaveText(
    'This part of Sightline could not be loaded. Check the connection and open it again; your journey is safe.',
  );
  await expect(page.getByTestId('findings')).toHaveCount(0);
  expect(chunks.length).toBeGreaterThan(0);

  // Back on the map, editing works as before.
  await journey.showView('map');
  await journey.addTouchpoint('explore', 'consumer-actions', 'Reads a review');
  await expect(journey.touchpoints('explore', 'consumer-actions')).toContainText(['Reads a review']);

  // With the network back, opening the view again fetches it.
  await page.unroute(/\/app-[0-9a-f]{16}\/split_value_view\.wasm$/);
  await journey.showView('value');
  await expect(page.getByTestId('findings')).toBeVisible();
});

// French, Russian and Chinese are chunks of their own: a visitor reads one language.
const FRENCH_TEXTS = /\/app-[0-9a-f]{16}\/split_french_texts\.wasm$/;
const FRENCH_MISSING =
  'Français could not be loaded, so Sightline goes on in English. Check the connection and choose it again; your journey is safe.';

test('a language whose texts cannot be fetched leaves the page in its language and says so', async ({ page }) => {
  await page.route(FRENCH_TEXTS, (route) => route.abort('internetdisconnected'));
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.addTouchpoint('explore', 'consumer-actions', 'Reads a review');

  await page.getByTestId('language').selectOption('fr');
  await expect(journey.notices.filter({ hasText: FRENCH_MISSING })).toBeVisible();
  await expect(page.getByTestId('language')).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('undo')).toHaveText('Undo');
  await expect(journey.touchpoints('explore', 'consumer-actions')).toContainText(['Reads a review']);

  // With the network back, the same choice switches.
  await page.unroute(FRENCH_TEXTS);
  await page.getByTestId('language').selectOption('fr');
  await expect(page.getByTestId('undo')).toHaveText('Annuler');
  await expect(journey.touchpoints('explore', 'consumer-actions')).toContainText(['Reads a review']);
});

test.describe('a first visit in French without its texts', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in English and says why', async ({ page }) => {
    await page.route(FRENCH_TEXTS, (route) => route.abort('internetdisconnected'));
    const journey = new JourneyPage(page);
    await journey.open();
    await expect(journey.notices.filter({ hasText: FRENCH_MISSING })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('language')).toHaveValue('en');
    await expect(page.getByTestId('undo')).toHaveText('Undo');
  });
});

test('an English visit downloads no other language', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const journey = new JourneyPage(page);
  await journey.open();
  await expect(page.getByTestId('touchpoint').first()).toBeVisible();
  expect(fetched.filter((path) => path.endsWith('.wasm')).length).toBeGreaterThan(0);
  expect(fetched.filter((path) => /split_(french|russian|chinese)_texts/.test(path))).toEqual([]);
});

// A share link's decoder is in the main module: a link's map waits for no chunk.
const ANY_CHUNK = /\/app-[0-9a-f]{16}\/(chunk_\d+|split_[a-z_]+)\.wasm$/;

test('a link opens its journey with every chunk out of reach', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.addTouchpoint('explore', 'consumer-actions', 'Sent to a colleague');
  const link = await journey.copyLink();

  await page.route(ANY_CHUNK, (route) => route.abort('internetdisconnected'));
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(journey.touchpoints('explore', 'consumer-actions')).toContainText(['Sent to a colleague']);
});

// The touchpoint form is fetched once the page is idle; a click before then draws it when
// its code arrives, and typing at once must still replace the new touchpoint's name.
const TOUCHPOINT_FORM = /\/app-[0-9a-f]{16}\/(split_touchpoint_form|chunk_\d+)\.wasm$/;

test('a touchpoint added before the form has arrived is named by typing straight away', async ({ page }) => {
  const held = [];
  let release = false;
  await page.route(TOUCHPOINT_FORM, (route) => (release ? route.continue() : held.push(route)));
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.cell('offer', 'consumer-actions').getByTestId('add-touchpoint').click();
  await expect(journey.editor).toHaveCount(0);
  await expect.poll(() => held.some((route) => /split_touchpoint_form/.test(route.request().url()))).toBe(true);

  release = true;
  for (const route of held) await route.continue();
  await expect(journey.nameField).toBeFocused();
  await page.keyboard.type('Compares three offers');
  await expect(journey.nameField).toHaveValue('Compares three offers');
  await expect(journey.touchpoints('offer', 'consumer-actions')).toContainText(['Compares three offers']);
});
