// The map as a PNG picture: sharp (twice its size), with the journey inside, so that the
// picture imports back as the journey; a picture without it is refused with the reason.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The chunks of a PNG file: type and where each starts and ends. */
function chunks(bytes) {
  const found = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    found.push({ type: bytes.toString('latin1', at + 4, at + 8), start: at, end: at + 12 + length });
    at += 12 + length;
  }
  return found;
}

test('the map downloads as a PNG at twice its size that imports back as the same journey', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  const png = await download(page, 'export-png');
  expect(png.name).toBe('mobile-telephony-for-acme-corp-blueprint.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(SIGNATURE);
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  const map = await journey.blueprint.boundingBox();
  expect(width).toBeGreaterThanOrEqual(2 * map.width);
  expect(height).toBeGreaterThan(600);
  expect(chunks(png.bytes).map((c) => c.type)).toContain('iTXt');

  const original = JSON.parse((await download(page, 'export-journey')).bytes.toString('utf8'));
  await library.open();
  await page.getByTestId('import-journey').setInputFiles({ name: png.name, mimeType: 'image/png', buffer: png.bytes });
  await expect(journey.notices).toContainText('was imported');
  await expect(library.journeyName).toHaveValue(`${original.journey.name} (copy)`);
  await library.journeyName.fill(original.journey.name);
  await library.journeyName.press('Enter');
  const back = JSON.parse((await download(page, 'export-journey')).bytes.toString('utf8'));
  expect(back).toEqual(original);
});

test('a picture whose journey was removed is refused with the reason, and nothing is imported', async ({ page }) => {
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  const png = await download(page, 'export-png');
  const kept = chunks(png.bytes).filter((c) => c.type !== 'iTXt');
  const stripped = Buffer.concat([png.bytes.subarray(0, 8), ...kept.map((c) => png.bytes.subarray(c.start, c.end))]);
  expect([...stripped.subarray(0, 8)]).toEqual(SIGNATURE);

  await library.open();
  await page.getByTestId('import-journey').setInputFiles({ name: 'edited.png', mimeType: 'image/png', buffer: stripped });
  await expect(journey.notices.filter({ hasText: 'edited.png' })).toContainText('holds no journey');
  await expect(library.rows).toHaveCount(1);
});

test('a dark picture of a journey named like markup keeps the name as text', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`);
  });
  const journey = new JourneyPage(page);
  const library = new LibraryPage(page);
  await journey.open();
  await journey.addTouchpoint('offer', 'consumer-actions', '<script>alert(1)</script>');
  await page.getByTestId('png-background').selectOption('dark');
  const png = await download(page, 'export-png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(SIGNATURE);
  await library.open();
  await page.getByTestId('import-journey').setInputFiles({ name: png.name, mimeType: 'image/png', buffer: png.bytes });
  await expect(journey.notices).toContainText('was imported');
  await expect(journey.touchpoints('offer', 'consumer-actions').filter({ hasText: '<script>alert(1)</script>' })).toHaveCount(1);
});

test('a shared journey, read-only, still downloads as a picture and zooms', async ({ page, browser }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const { context: fresh, reader } = await JourneyPage.openShared(browser, await journey.copyLink());
  await expect(reader.getByTestId('add-touchpoint').first()).toBeDisabled();
  await reader.getByTestId('zoom-out').click();
  await expect(reader.getByTestId('zoom-level')).toHaveText('80 %');
  const png = await download(reader, 'export-png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(SIGNATURE);
  await fresh.close();
});
