// Marks on touchpoints: fail points and moments of truth set in the editor and shown on the
// blueprint in words as well as symbols, and links that lead to another journey.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';
import { MarksPage } from '../pages/marks-page.js';

const SAMPLE = 'Mobile telephony for Acme Corp';
const INCIDENT = 'Incident resolution: sales e-mail down';

test("the sample's fail points and moments of truth are marked on their cards, in words", async ({ page }) => {
  const journey = new JourneyPage(page);
  const marks = new MarksPage(page);
  await journey.open();
  await expect(page.getByTestId('mark-fail-point')).toHaveCount(2);
  await expect(page.getByTestId('mark-moment-of-truth')).toHaveCount(2);
  await expect(marks.failMark('Business support line')).toHaveAttribute('title', 'Fail point');
  await expect(marks.truthMark('Business support line')).toHaveAttribute('title', 'Moment of truth');
  // A screen reader hears the marks with the card's name.
  await expect(page.getByRole('button', { name: /^Business support line .*Fail point.*Moment of truth/ })).toHaveCount(1);
  await expect(marks.failMark('Onboarding workshop')).toHaveCount(0);
});

test('a touchpoint is flagged as a fail point and a moment of truth, and Undo clears both marks', async ({ page }) => {
  const journey = new JourneyPage(page);
  const marks = new MarksPage(page);
  await journey.open();
  await marks.edit('Onboarding workshop');
  await expect(marks.failPoint).not.toBeChecked();
  await marks.failPoint.focus();
  await page.keyboard.press('Space');
  await marks.momentOfTruth.focus();
  await page.keyboard.press('Space');
  await expect(marks.failPoint).toBeChecked();
  await expect(marks.momentOfTruth).toBeChecked();
  await expect(marks.failMark('Onboarding workshop')).toContainText('Fail point');
  await expect(marks.truthMark('Onboarding workshop')).toContainText('Moment of truth');
  await expect(page.getByTestId('mark-fail-point')).toHaveCount(3);

  await page.keyboard.press('Control+z');
  await expect(marks.truthMark('Onboarding workshop')).toHaveCount(0);
  await expect(marks.failMark('Onboarding workshop')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(marks.failMark('Onboarding workshop')).toHaveCount(0);
  await expect(marks.failPoint).not.toBeChecked();
  await expect(marks.momentOfTruth).not.toBeChecked();
  await expect(page.getByTestId('mark-fail-point')).toHaveCount(2);
});

test('a touchpoint leads to another journey of the library, which its Open button opens', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  const marks = new MarksPage(page);
  await journey.open();
  await library.open();
  await library.createFrom('incident-resolution');
  await library.open();
  await library.openJourney(SAMPLE);

  await marks.edit('Business support line');
  await expect(marks.openLinked).toBeDisabled();
  // The open journey is not offered: a touchpoint leads elsewhere.
  await expect(marks.linkPicker.locator('option')).toHaveText(['None', INCIDENT]);
  await marks.linkPicker.selectOption({ label: INCIDENT });
  await expect(marks.linkMark('Business support line')).toHaveAttribute('title', `Leads to ${INCIDENT}`);
  await expect(marks.openLinked).toHaveAccessibleName(`Open ${INCIDENT}`);

  await marks.openLinked.click();
  await expect(library.journeyName).toHaveValue(INCIDENT);
  await expect(library.journeyName).toBeFocused();

  // Back in the sample after a reload, the link is kept.
  await library.open();
  await library.openJourney(SAMPLE);
  await page.reload();
  await expect(library.journeyName).toHaveValue(SAMPLE);
  await marks.edit('Business support line');
  expect(await marks.chosenLink()).toBe(INCIDENT);
});

test('a link to a journey deleted from the library says so and cannot be followed', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  const marks = new MarksPage(page);
  await journey.open();
  await library.open();
  await library.createFrom('incident-resolution');
  await library.open();
  await library.openJourney(SAMPLE);
  await marks.edit('Billing run');
  await marks.linkPicker.selectOption({ label: INCIDENT });
  await expect(marks.openLinked).toBeEnabled();

  const ids = () => page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('sightline.journey.')).map((k) => k.slice('sightline.journey.'.length)),
  );
  const before = await ids();
  await library.open();
  await library.delete(INCIDENT);
  await expect(library.rows).toHaveCount(1);
  await library.openJourney(SAMPLE);
  const mark = marks.linkMark('Billing run');
  await expect(mark).toHaveAttribute('title', 'Linked journey not in this library');
  await expect(mark).toContainText('Linked journey not in this library');
  await marks.edit('Billing run');
  expect(await marks.chosenLink()).toBe('Linked journey not in this library');
  await expect(marks.linkMissing).toBeVisible();
  await expect(marks.openLinked).toBeDisabled();
  // The deleted journey's id is shown nowhere.
  const after = await ids();
  const deleted = before.filter((id) => !after.includes(id));
  expect(deleted).toHaveLength(1);
  expect(await page.locator('body').innerText()).not.toContain(deleted[0]);

  // Removing the link clears the mark.
  await marks.linkPicker.selectOption({ label: 'None' });
  await expect(mark).toHaveCount(0);
  await expect(marks.linkMissing).toHaveCount(0);
});
