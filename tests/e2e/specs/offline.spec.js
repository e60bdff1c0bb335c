// Offline use and static hosting: the release build served under a sub-path, as on GitHub
// Pages, by a host each test owns (see support/deployment.js), so that a test can cut the
// network or deploy a new version.
import { test as base, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { Deployment } from '../support/deployment.js';

const test = base.extend({
  deployment: async ({}, use) => {
    const deployment = await Deployment.start('/sightline/');
    await use(deployment);
    await deployment.remove();
  },
});

test('under a sub-path the app loads, works, and keeps its service worker to that path', async ({ page, deployment }) => {
  const journey = new JourneyPage(page);
  await journey.open(deployment.url);
  expect(deployment.url).toMatch(/\/sightline\/$/);
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(journey.touchpoints('onboard', 'provider-frontstage')).toHaveText([/Onboarding workshop/]);

  expect(await journey.offlineReady()).toBe(deployment.url);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    const response = await fetch(link.href);
    return { url: response.url, type: response.headers.get('content-type'), body: await response.json() };
  });
  expect(manifest.url).toBe(`${deployment.url}manifest.webmanifest`);
  expect(manifest.type).toBe('application/manifest+json');
  expect(manifest.body).toMatchObject({ name: 'Sightline', start_url: './', scope: './', display: 'standalone' });
  // Chromium would offer to install it; its only objection is the test's private window.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);

  await journey.addTouchpoint('onboard', 'provider-frontstage', 'Welcome call');
  await journey.reload();
  await expect(journey.touchpoints('onboard', 'provider-frontstage')).toHaveText([/Onboarding workshop/, /Welcome call/]);
});

test('after one visit the app opens and keeps edits with the network cut', async ({ page, context, deployment }) => {
  const journey = new JourneyPage(page);
  await journey.open(deployment.url);
  await journey.offlineReady();

  // The host is gone, and the page's network with it.
  await deployment.stop();
  await context.setOffline(true);
  await journey.reload();
  await expect(journey.stepColumns).toHaveCount(7);
  const cell = journey.touchpoints('engage', 'consumer-actions');
  await journey.addTouchpoint('engage', 'consumer-actions', 'Read the brochure offline');
  await expect(cell.filter({ hasText: 'Read the brochure offline' })).toHaveCount(1);

  await journey.reload();
  await expect(cell.filter({ hasText: 'Read the brochure offline' })).toHaveCount(1);
  await expect(journey.notices).toHaveCount(0);
});

test('a new deployment is announced on the next visit, and the running version works until the user reloads', async ({ context, deployment }) => {
  // Two installs of the whole build (1.7 MB of wasm) in the background: on a loaded 2-core
  // machine they have taken over 15 s.
  test.setTimeout(60_000);
  // An open tab from the first visit, and the tab of the next visit.
  const first = new JourneyPage(await context.newPage());
  await first.open(deployment.url);
  await first.offlineReady();
  const next = new JourneyPage(await context.newPage());
  const marker = (journey) => journey.page.locator('meta[name="sightline-deployment"]');

  await deployment.deployNext();
  await next.open(deployment.url);
  // The next visit still runs the version it has, and is told of the new one once that has
  // downloaded in the background (allow for a busy machine); so is the tab left open.
  const downloaded = { timeout: 30_000 };
  await expect(next.updateNotice).toContainText('A new version of Sightline is ready', downloaded);
  await expect(first.updateNotice).toContainText('A new version of Sightline is ready', downloaded);
  await expect(marker(next)).toHaveCount(0);

  // The running version keeps working while the new one waits.
  await next.addTouchpoint('engage', 'consumer-actions', 'Asked a colleague');
  await expect(next.touchpoints('engage', 'consumer-actions').filter({ hasText: 'Asked a colleague' })).toHaveCount(1);

  // Reload (here from the keyboard) switches to the new version; the edit is kept.
  await next.updateNotice.getByRole('button', { name: 'Reload' }).press('Enter');
  await expect(marker(next)).toHaveCount(1);
  await next.blueprint.waitFor();
  await expect(next.updateNotice).toHaveCount(0);
  await expect(next.touchpoints('engage', 'consumer-actions').filter({ hasText: 'Asked a colleague' })).toHaveCount(1);

  // The tab left open still runs the old version and still works, though the new worker
  // has taken over and removed the old files from the cache.
  await expect(marker(first)).toHaveCount(0);
  await first.touchpoints('onboard', 'provider-frontstage').first().click();
  await expect(first.nameField).toHaveValue('Onboarding workshop');
});
