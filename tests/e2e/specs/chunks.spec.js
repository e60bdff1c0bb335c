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
