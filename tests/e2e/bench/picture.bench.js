// Exporting the map as a PNG picture with the journey inside, in the release build: time
// from the click on Download PNG to the download, for the sample and the 1,000-touchpoint
// journey (the share link `cargo xtask bench` writes; its path in SIGHTLINE_BENCH_LINK).
// Prints `bench:` lines for BENCHMARKS.md; asserts only that a PNG arrives.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';

const RUNS = 5;

async function timeExports(page, what) {
  const times = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = Date.now();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const bytes = readFileSync(await file.path());
    times.push(Date.now() - start);
    size = bytes.length;
    expect(bytes.readUInt32BE(0)).toBe(0x89504e47);
    await expect(page.getByTestId('export-png')).toBeEnabled();
  }
  times.sort((a, b) => a - b);
  console.log(`bench: PNG export, ${what}: median ${times[Math.floor(RUNS / 2)]} ms, max ${times[RUNS - 1]} ms, ${Math.round(size / 1024)} KB (${RUNS} exports)`);
}

test('PNG export of the sample', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await timeExports(page, 'sample (7 steps, 31 touchpoints)');
});

test('PNG export of 1,000 touchpoints', async ({ page }) => {
  const path = process.env.SIGHTLINE_BENCH_LINK;
  if (!path) throw new Error('SIGHTLINE_BENCH_LINK is not set: run `cargo xtask bench`');
  const journey = new JourneyPage(page);
  await journey.open(`./#${readFileSync(path, 'utf8').trim()}`);
  await expect(page.getByTestId('touchpoint')).toHaveCount(1_000);
  await timeExports(page, '1,000 touchpoints, 100 steps');
});
