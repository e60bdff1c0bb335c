// Journey files: export, import, and refusing a wrong file without changing anything.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';

const SAMPLE = 'Mobile telephony for Acme Corp';

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('a journey exported then imported is the same journey', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  const exported = await download(page, 'export-journey');
  expect(exported.name).toBe(`${SAMPLE}.sightline.json`);
  const document = JSON.parse(exported.text);
  expect(document.format).toBe('sightline-journey');
  expect(document.journey.name).toBe(SAMPLE);
  // Readable: indented, one field per line.
  expect(exported.text.split('\n').length).toBeGreaterThan(100);

  await library.open();
  await page.getByTestId('import-journey').setInputFiles({
    name: exported.name,
    mimeType: 'application/json',
    buffer: Buffer.from(exported.text),
  });
  await expect(library.journeyName).toHaveValue(`${SAMPLE} (copy)`);
  await expect(journey.notices).toContainText('was imported');
  await library.journeyName.fill(SAMPLE);
  await library.journeyName.press('Enter');
  const again = await download(page, 'export-journey');
  expect(JSON.parse(again.text)).toEqual(document);
});

test('a wrong file is refused with the reason, and nothing is imported', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  const exported = await download(page, 'export-journey');
  const document = JSON.parse(exported.text);
  document.journey.touchpoints[3].lane = 'the-moon';
  await library.open();
  const picker = page.getByTestId('import-journey');

  await picker.setInputFiles({ name: 'broken.sightline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  await expect(journey.notices).toContainText('broken.sightline.json');
  await expect(journey.notices).toContainText('journey.touchpoints[3].lane');
  await expect(journey.notices).toContainText('Nothing was changed');

  await picker.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) });
  await expect(journey.notices.filter({ hasText: 'photo.png' })).toHaveCount(1);

  await expect(library.rows).toHaveCount(1);
  await expect(library.names).toHaveText([SAMPLE]);
});

test('the touchpoints export as CSV, one row each, with formulas defused', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.addTouchpoint('offer', 'consumer-actions', '=HYPERLINK("http://x")');
  const csv = await download(page, 'export-touchpoints');
  expect(csv.name).toBe(`${SAMPLE}.touchpoints.csv`);
  const lines = csv.text.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^step,step_name,stage,lane,id,name,channel,/);
  expect(lines).toHaveLength(1 + (await page.getByTestId('touchpoint').count()));
  expect(csv.text).toContain(`"'=HYPERLINK(""http://x"")"`);
});
