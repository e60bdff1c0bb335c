// Whatever is in storage, the app starts, says what happened and loses nothing.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';

const KEY = 'sightline.journey';

test('garbage under the app key is kept aside and the sample is shown', async ({ page }) => {
  const garbage = '{"format":"sightline-journey","version":1,"journey":{"name":"Half a jour';
  // Seed storage once, before the app's first load on this origin.
  await page.goto('./missing-page-to-reach-the-origin');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, garbage]);

  const journey = new JourneyPage(page);
  await journey.open();
  await expect(journey.notices).toHaveCount(1);
  await expect(journey.notices).toContainText('The saved journey could not be read');
  await expect(journey.notices).toContainText('Nothing is lost');
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(page.getByTestId('journey-name')).toHaveValue('Mobile telephony for Acme Corp');

  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('sightline.recovered.'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual([garbage]);
  await expect(journey.notices).toContainText(/sightline\.recovered\.\d+/);

  // Once dismissed, the notice is gone and the app works on as usual.
  await journey.notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(journey.notices).toHaveCount(0);
});
