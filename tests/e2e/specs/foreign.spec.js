// Journeys from other tools: a mermaid journey diagram pasted into the library, a touchpoints
// sheet picked as a file, a bad sheet refused with its line and column, and the open
// journey exported as a mermaid diagram.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';

const SAMPLE = 'Mobile telephony for Acme Corp';

/** The names the step headers show, left to right. */
async function stepNames(journey) {
  return journey.stepColumns.locator('input.step__name').evaluateAll((inputs) => inputs.map((i) => i.value));
}

test('a pasted mermaid diagram becomes a journey: sections as steps, tasks as touchpoints', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await library.open();
  await page.getByText('Paste a mermaid journey diagram').click();
  await page.getByTestId('diagram-text').fill(
    [
      'journey',
      '  title Phones for the sales team',
      '  section Explorer',
      '    Audit current phone costs: 2: IT manager, CFO',
      '  section 契动',
      '    First meeting: 4: IT manager, Account manager',
      '  section Pilot with ten users',
      '    Phones handed out: 5: Employees',
    ].join('\n'),
  );
  await page.getByTestId('import-diagram').click();
  await expect(library.journeyName).toHaveValue('Phones for the sales team');
  await expect(journey.notices).toContainText('was imported');
  // French and Chinese stage names are ITIL steps; a name of one's own is a custom step.
  await expect.poll(() => stepNames(journey)).toEqual(['Explore', 'Engage', 'Pilot with ten users']);
  await expect(page.getByTestId('touchpoint')).toHaveCount(3);
  await expect(page.getByTestId('touchpoint').filter({ hasText: 'Phones handed out' })).toHaveCount(1);
  await library.open();
  await expect(library.names).toHaveText(['Phones for the sales team', SAMPLE]);
});

test('a touchpoints sheet becomes a journey, its unknown column listed; a bad sheet is refused with line and column', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await library.open();
  const picker = page.getByTestId('import-journey');

  const bad = 'step,name,lane\r\n1,Call,frontstage\r\n';
  await picker.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(journey.notices).toContainText('bad.csv');
  await expect(journey.notices).toContainText('line 2, column 8');
  await expect(journey.notices).toContainText('Nothing was changed');
  await expect(library.rows).toHaveCount(1);

  const sheet = [
    'step,stage,name,lane,channel,participants,colour',
    '1,explore,Audit current phone costs,consumer-hidden,document,IT manager; CFO,red',
    '2,offer,Offer call,provider-frontstage,phone,Account manager,blue',
  ].join('\r\n');
  await picker.setInputFiles({ name: 'phones.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  // A sheet has no journey name: the file's gives it one.
  await expect(library.journeyName).toHaveValue('phones');
  // The refusal above stays on screen beside it.
  await expect(journey.notices.filter({ hasText: 'phones' })).toContainText('the column \u201ccolour\u201d');
  await expect.poll(() => stepNames(journey)).toEqual(['Explore', 'Offer']);
  await expect(journey.touchpoints('explore', 'consumer-hidden')).toHaveText([/Audit current phone costs/]);
  await expect(journey.touchpoints('offer', 'provider-frontstage')).toHaveText([/Offer call/]);
});

test('the open journey exports as a mermaid diagram, saying what the diagram leaves out', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-mermaid').click()]);
  expect(file.suggestedFilename()).toBe(`${SAMPLE}.mmd`);
  const text = await readFile(await file.path(), 'utf8');
  expect(text.startsWith(`journey\n  title ${SAMPLE}\n  section Explore\n`)).toBe(true);
  await expect(journey.notices).toContainText('value effects');
});
