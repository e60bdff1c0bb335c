// Versions of a journey and the comparison of an as-is with a to-be: a version kept under a
// name, what the redesign did to each step's value, a restore that Undo takes back, versions
// that outlive a reload, a full storage that refuses a version and loses nothing, and a to-be
// started from its as-is that is compared item by item.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { fillStorage } from '../support/storage.js';

/** The versions view's controls. */
class VersionsPage {
  constructor(page) {
    this.page = page;
    this.rows = page.getByTestId('version-row');
    this.left = page.getByTestId('compare-left');
    this.right = page.getByTestId('compare-right');
    this.changes = page.getByTestId('change');
  }

  row(name) {
    return this.rows.filter({ has: this.page.getByTestId('version-row-name').getByText(name, { exact: true }) });
  }

  async save(name) {
    await this.page.getByTestId('version-name').fill(name);
    await this.page.getByTestId('save-version').click();
  }

  /** Picks, in a side's drop-down, the option whose text contains `text`. */
  async pick(side, text) {
    const option = side.locator('option', { hasText: text }).first();
    await side.selectOption(await option.getAttribute('value'));
  }

  deltaV(stage) {
    return this.page.locator(`[data-testid="delta-v"][data-stage="${stage}"]`);
  }

  deltaL(stage) {
    return this.page.locator(`[data-testid="delta-l"][data-stage="${stage}"]`);
  }
}

/** The realised outcome of the sample's tailored proposal: 12 of 20 in the as-is. */
async function realiseProposal(journey, amount) {
  await journey.showView('map');
  await journey.touchpoints('offer', 'provider-frontstage').filter({ hasText: 'Tailored proposal' }).click();
  const realised = journey.editor.getByTestId('effect').first().getByLabel('Realised', { exact: true });
  await realised.fill(String(amount));
  await realised.press('Tab');
}

test('a version is compared with the journey now: ΔV per step, the touchpoint added, and the way to it', async ({ page }) => {
  const journey = new JourneyPage(page);
  const versions = new VersionsPage(page);
  await journey.open();
  await journey.showView('compare');
  await versions.save('As-is, workshop 12 May');
  await expect(journey.notices.filter({ hasText: 'Version “As-is, workshop 12 May” saved.' })).toHaveCount(1);
  await expect(versions.row('As-is, workshop 12 May')).toContainText('Named');

  await journey.showView('map');
  await journey.addTouchpoint('explore', 'consumer-actions', 'Discovery call');
  await realiseProposal(journey, 20);

  await journey.showView('compare');
  await versions.pick(versions.left, 'As-is, workshop 12 May');
  await versions.pick(versions.right, 'Mobile telephony for Acme Corp (now)');
  await expect(page.getByTestId('compare-matching')).toContainText('Matched by id');
  // The proposal now realises all 20: V(Offer) 7 → 15, and the 8 that leaked no longer do.
  await expect(versions.deltaV('offer')).toHaveText('+8 k€, a gain');
  await expect(versions.deltaV('offer')).toHaveClass(/compare__delta--gain/);
  await expect(versions.deltaL('offer')).toHaveText('-8 k€, less leakage');
  await expect(versions.deltaV('explore')).toHaveText('0 k€, unchanged');
  await expect(versions.deltaV('agree')).toHaveText('0 k€, unchanged');
  await expect(page.getByTestId('delta-total')).toContainText('+8 k€, a gain');
  await expect(page.getByTestId('delta-total')).toContainText('52 k€');
  await expect(versions.changes).toHaveText([
    'Value effects changed: “Tailored proposal”',
    'Touchpoint added: “Discovery call”',
  ]);
  await expect(page.getByTestId('finding-resolved').filter({ hasText: 'In Offer' })).toHaveCount(1);

  // A change leads to its touchpoint on the map, open in the editor.
  await versions.changes.filter({ hasText: 'Discovery call' }).click();
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');
  await expect(journey.nameField).toHaveValue('Discovery call');

  // Swapped, the same redesign reads as a loss.
  await journey.showView('compare');
  await versions.pick(versions.left, 'Mobile telephony for Acme Corp (now)');
  await versions.pick(versions.right, 'As-is, workshop 12 May');
  await expect(versions.deltaV('offer')).toHaveText('-8 k€, a loss');
  await expect(versions.deltaV('offer')).toHaveClass(/compare__delta--loss/);
  await expect(versions.changes).toContainText(['Touchpoint removed: “Discovery call”']);
});

test('a restore brings a version back, keeps the journey as it was, and Undo takes it back', async ({ page }) => {
  const journey = new JourneyPage(page);
  const versions = new VersionsPage(page);
  const offer = page.locator('[data-testid="step-column"][data-stage="offer"] [data-testid="step-value"]');
  await journey.open();
  await journey.showView('compare');
  await versions.save('Before the redesign');
  await journey.showView('map');
  await journey.addTouchpoint('explore', 'consumer-actions', 'Discovery call');
  await realiseProposal(journey, 20);
  await expect(offer).toHaveText('V 15');

  await journey.showView('compare');
  await versions.row('Before the redesign').getByTestId('version-restore').click();
  await expect(journey.notices.filter({ hasText: 'Version “Before the redesign” restored' })).toHaveCount(1);
  await expect(versions.rows.filter({ hasText: 'Automatic, before a restore' })).toHaveCount(1);
  await journey.showView('map');
  await expect(offer).toHaveText('V 7');
  await expect(page.getByTestId('touchpoint').filter({ hasText: 'Discovery call' })).toHaveCount(0);

  // One step: Undo brings back the redesign whole, Redo the version again.
  await page.locator('body').press('Control+z');
  await expect(offer).toHaveText('V 15');
  await expect(journey.touchpoints('explore', 'consumer-actions').filter({ hasText: 'Discovery call' })).toHaveCount(1);
  await page.locator('body').press('Control+Shift+z');
  await expect(offer).toHaveText('V 7');
  await page.getByTestId('undo').click();
  await expect(offer).toHaveText('V 15');

  // What Undo brought back is saved like any change.
  await journey.reload();
  await expect(offer).toHaveText('V 15');
});

test('versions survive a reload, and are renamed, exported and deleted', async ({ page }) => {
  const journey = new JourneyPage(page);
  const versions = new VersionsPage(page);
  await journey.open();
  await journey.showView('compare');
  await versions.save('Workshop A');
  await versions.save('Workshop B');
  await expect(versions.rows).toHaveCount(2);
  // Newest first.
  await expect(versions.rows.getByTestId('version-row-name')).toHaveText(['Workshop B', 'Workshop A']);

  await journey.reload();
  await expect(journey.viewEntry('compare')).toHaveAttribute('aria-current', 'page');
  await expect(versions.rows.getByTestId('version-row-name')).toHaveText(['Workshop B', 'Workshop A']);
  await expect(versions.row('Workshop A').locator('.version-row__when')).toContainText('Saved');

  await versions.row('Workshop A').getByTestId('version-rename').click();
  await page.getByTestId('version-new-name').fill('As-is, workshop 12 May');
  await page.getByTestId('version-new-name').press('Enter');
  await expect(versions.row('As-is, workshop 12 May')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await versions.row('As-is, workshop 12 May').getByTestId('version-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.sightline\.json$/);

  // A named version goes only once the user confirms.
  await versions.row('Workshop B').getByTestId('version-delete').click();
  await expect(page.getByText('Delete the version “Workshop B” for good?')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(versions.rows).toHaveCount(2);
  await versions.row('Workshop B').getByTestId('version-delete').click();
  await page.getByTestId('version-confirm-delete').click();
  await expect(versions.rows.getByTestId('version-row-name')).toHaveText(['As-is, workshop 12 May']);
  await journey.reload();
  await expect(versions.rows.getByTestId('version-row-name')).toHaveText(['As-is, workshop 12 May']);
});

test('a full storage refuses a new version with a clear message and loses nothing', async ({ page }) => {
  const journey = new JourneyPage(page);
  const versions = new VersionsPage(page);
  await journey.open();
  await journey.addTouchpoint('explore', 'consumer-hidden', 'Saved before the disk filled');
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('sightline.journey.') && localStorage.getItem(k).includes('Saved before the disk filled')),
  );
  await fillStorage(page);

  await journey.showView('compare');
  await versions.save('Written when the disk is full');
  await expect(journey.notices).toContainText('There is no room left for another version');
  await expect(journey.notices).toContainText('Nothing was changed');
  await expect(versions.row('Written when the disk is full')).toHaveCount(0);

  await journey.reload();
  await journey.showView('map');
  await expect(journey.touchpoints('explore', 'consumer-hidden')).toContainText(['Saved before the disk filled']);
});

test('when only a named version can make room, the user is asked first', async ({ page }) => {
  const journey = new JourneyPage(page);
  const versions = new VersionsPage(page);
  await journey.open();
  await journey.showView('compare');
  await versions.save('Workshop');
  await expect(versions.rows).toHaveCount(1);
  await fillStorage(page);

  await versions.save('Second workshop');
  const question = page.getByTestId('version-room');
  await expect(question).toContainText('There is no room left for another version. Nothing was changed.');
  await expect(question).toContainText('Delete the oldest named version, “Workshop”');
  await expect(versions.rows.getByTestId('version-row-name')).toHaveText(['Workshop']);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);

  await journey.reload();
  await expect(versions.rows.getByTestId('version-row-name')).toHaveText(['Workshop']);
});

test('a to-be started from the as-is is compared by id, through renames', async ({ page }) => {
  const journey = new JourneyPage(page);
  const versions = new VersionsPage(page);
  await journey.open();
  await journey.showView('compare');
  await expect(page.getByTestId('to-be-name')).toHaveValue('Mobile telephony for Acme Corp (to-be)');
  await page.getByTestId('start-to-be').click();
  await expect(journey.notices).toContainText('“Mobile telephony for Acme Corp (to-be)” is open');
  await expect(page.getByTestId('journey-name')).toHaveValue('Mobile telephony for Acme Corp (to-be)');
  await expect(versions.left.locator('option:checked')).toHaveText('Mobile telephony for Acme Corp (now)');
  await expect(versions.right.locator('option:checked')).toHaveText('Mobile telephony for Acme Corp (to-be) (now)');
  await expect(page.getByTestId('compare-unchanged')).toBeVisible();

  await journey.showView('map');
  await journey.touchpoints('offer', 'provider-frontstage').filter({ hasText: 'Tailored proposal' }).click();
  await journey.nameField.fill('Co-designed proposal');
  await journey.nameField.press('Tab');
  await journey.showView('compare');
  await expect(page.getByTestId('compare-matching')).toContainText('Matched by id');
  await expect(versions.changes).toHaveText(['Touchpoint renamed: “Tailored proposal”, now “Co-designed proposal”']);

  // Both are in the library.
  await page.getByTestId('open-library').click();
  await expect(page.getByTestId('library-row-name')).toContainText([
    'Mobile telephony for Acme Corp (to-be)',
    'Mobile telephony for Acme Corp',
  ]);
});
