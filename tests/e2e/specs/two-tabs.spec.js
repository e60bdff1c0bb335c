// Two tabs on one journey notice each other and never silently overwrite each other's work.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';

const SAMPLE = 'Mobile telephony for Acme Corp';

test('a tab with nothing unsaved takes the version another tab saved', async ({ context }) => {
  const a = new JourneyPage(await context.newPage());
  await a.open();
  const b = new JourneyPage(await context.newPage());
  await b.open();

  await a.addTouchpoint('onboard', 'consumer-hidden', 'Prepares the users');
  await expect(b.touchpoints('onboard', 'consumer-hidden')).toContainText(['Prepares the users']);
  await expect(b.notices).toContainText('changed in another tab');

  // And back: B's edit reaches A, and nothing was forked.
  await b.addTouchpoint('realize', 'consumer-actions', 'Reviews the first bill');
  await expect(a.touchpoints('realize', 'consumer-actions')).toContainText(['Reviews the first bill']);
  const library = new LibraryPage(a.page);
  await library.open();
  await expect(library.names).toHaveText([SAMPLE]);
});

test('when both tabs change the journey, both versions are kept', async ({ context }) => {
  const a = new JourneyPage(await context.newPage());
  await a.open();
  const b = new JourneyPage(await context.newPage());
  await b.open();

  // B types slowly, so its change is unsaved for seconds, while A adds and saves its own.
  await b.cell('explore', 'provider-backstage').getByTestId('add-touchpoint').click();
  await Promise.all([
    b.nameField.pressSequentially('Qualifies the lead in the CRM', { delay: 120 }),
    (async () => {
      await a.page.waitForTimeout(300);
      await a.addTouchpoint('explore', 'consumer-hidden', 'Asks colleagues');
    })(),
  ]);

  // The tab whose save meets the other's is the one that keeps both. B, whose change stays
  // unsaved while it types, normally; A, if a loaded machine stalls B's typing long enough
  // for B to save first. Either way nothing is lost and nothing is silently merged.
  const forking = async (tab) =>
    (await tab.notices.allTextContents()).some((text) => text.includes('Both versions are kept'));
  await expect.poll(async () => (await forking(b)) || (await forking(a)), { timeout: 10_000 }).toBe(true);
  const bForked = await forking(b);
  const [forked, kept] = bForked ? [b, a] : [a, b];
  const [forkedOwn, keptOwn] = bForked
    ? ['Qualifies the lead in the CRM', 'Asks colleagues']
    : ['Asks colleagues', 'Qualifies the lead in the CRM'];
  await expect(forked.page.getByTestId('journey-name')).toHaveValue(`${SAMPLE} (this tab)`);
  await expect(forked.page.getByTestId('touchpoint').filter({ hasText: forkedOwn })).toHaveCount(1);
  await expect(forked.page.getByTestId('touchpoint').filter({ hasText: keptOwn })).toHaveCount(0);
  await expect(kept.page.getByTestId('journey-name')).toHaveValue(SAMPLE);
  await expect(kept.page.getByTestId('touchpoint').filter({ hasText: keptOwn })).toHaveCount(1);
  await expect(kept.page.getByTestId('touchpoint').filter({ hasText: forkedOwn })).toHaveCount(0);

  const library = new LibraryPage(a.page);
  await library.open();
  expect((await library.listedNames()).sort()).toEqual([SAMPLE, `${SAMPLE} (this tab)`]);
});
