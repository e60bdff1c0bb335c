// Where the time of an edit goes, for BENCHMARKS.md: the edits of repaint.bench.js (30 after 5
// of warm-up) under Chrome's CPU profiler, with self and inclusive time summed by function
// name, or under a trace, with the renderer's own work (Layout, PrePaint, Paint...) summed by
// event. Prints figures, asserts nothing; not run by any command.
//
// Function names need a build that keeps them: wasm-opt strips them unless told not to, so
// build the split release build with `SIGHTLINE_WASM_NAMES=1 cargo xtask build` (optimised
// as usual, names kept), served with `node static-server.mjs ../../dist <port>`.
//
// usage: node bench/profile.mjs <url> <link file> [name|value] [open|folded]
//   TRACE=1          a trace instead of a CPU profile
//   INVALIDATIONS=1  with TRACE: what invalidated style and layout, counted by reason
//   CSS='...'        a style sheet added to the page first, to try a rule without a build
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { add, Samples } from './cpu-samples.mjs';

const [url, linkFile, edit = 'name', lane = 'open'] = process.argv.slice(2);
const WARM_UP = 5;
const MEASURED = 30;
const link = readFileSync(linkFile, 'utf8').trim();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto(`${url}#${link}`);
await page.getByTestId('blueprint').waitFor();
await page.getByTestId('save-copy').click();
await page.getByTestId('shared-banner').waitFor({ state: 'detached' });
// The map builds the columns on screen (src/components/blueprint/reveal.rs): scrolled to step
// 50, it builds touchpoint 500's column and its neighbours.
await page.getByTestId('touchpoint').first().waitFor();
await page.evaluate(() => {
  document.querySelector('.blueprint').scrollLeft = document.querySelector('th.step').getBoundingClientRect().width * 49;
});
await page.locator('[data-testid="touchpoint"][data-touchpoint="500"]').waitFor({ state: 'attached' });
// The map's experience lane, open as the app starts or folded (as repaint.bench.js measures both).
if (lane === 'folded') await page.getByTestId('experience-fold').click();
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.locator('[data-testid="touchpoint"][data-touchpoint="500"]').dispatchEvent('click');
await page.getByTestId('touchpoint-name').press('End');
const amount = page.getByTestId('touchpoint-editor').getByTestId('effect-amount').nth(1);

/** One edit, then wait for the frame after it. */
async function once(i) {
  if (edit === 'name') {
    await page.keyboard.press('x');
  } else {
    await amount.fill(i % 2 === 0 ? '10' : '90');
    await amount.press('Enter');
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

const perEdit = (us) => `${(us / 1000 / MEASURED).toFixed(2).padStart(7)} ms/edit`;
const top = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${perEdit(us)}  ${name.slice(0, 160)}`)
    .join('\n');

for (let i = 0; i < WARM_UP; i++) await once(i);
if (process.env.TRACE) {
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
  if (process.env.INVALIDATIONS) categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
  await browser.startTracing(page, { categories });
  for (let i = 0; i < MEASURED; i++) await once(i);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  if (process.env.INVALIDATIONS) {
    const reasons = new Map();
    for (const e of events.filter((e) => e.name.includes('Invalidation'))) {
      const d = e.args?.data ?? {};
      add(reasons, `${e.name} ${d.reason ?? ''} ${d.nodeName ?? ''}`.slice(0, 140), 1);
    }
    for (const [what, n] of [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(String(n).padStart(6), what);
    }
  }
  // Complete events of the page's main thread; nested events of one name (Paint of the
  // document, then of <html>) are each counted.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const e of events) {
    if (e.ph === 'X' && e.pid === main.pid && e.tid === main.tid) add(sums, e.name, e.dur);
  }
  console.log(top(sums, 20));
} else {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < MEASURED; i++) await once(i);
  const { profile } = await cdp.send('Profiler.stop');
  const samples = new Samples(profile);
  profile.samples.forEach((id, i) => samples.count(id, profile.timeDeltas[i] ?? 0));
  const { self, total } = samples;
  console.log('--- self time');
  console.log(top(self, 60));
  console.log('--- inclusive time');
  console.log(top(total, 80));
}
await browser.close();
