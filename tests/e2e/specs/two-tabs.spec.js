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

  await expect(b.notices).toContainText('Both versions are kept');
  await expect(b.page.getByTestId('journey-name')).toHaveValue(`${SAMPLE} (this tab)`);
  await expect(b.touchpoints('explore', 'provider-backstage')).toContainText(['Qualifies the lead in the CRM']);
  await expect(b.page.getByTestId('touchpoint').filter({ hasText: 'Asks colleagues' })).toHaveCount(0);

  await expect(a.touchpoints('explore', 'consumer-hidden')).toContainText(['Asks colleagues']);
  await expect(a.page.getByTestId('touchpoint').filter({ hasText: 'Qualifies the lead' })).toHaveCount(0);

  const library = new LibraryPage(a.page);
  await library.open();
  expect((await library.listedNames()).sort()).toEqual([SAMPLE, `${SAMPLE} (this tab)`]);
});
