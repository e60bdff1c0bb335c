// Opening the app cold, in the release build: first contentful paint and the time until the
// map shows its first cards and all it builds, for the sample (a first visit, in English and
// in each other language) and for the 1,000-touchpoint share link, each in fresh browser
// contexts (no HTTP cache, no service worker); then what a first visit downloads, gzipped.
// Prints `bench:` lines for BENCHMARKS.md; asserts only that the map shows, never how fast.
//
// The link is the one `cargo xtask bench` writes with `cargo run -p sightline-document
// --example bench_link` (100 steps, 1,000 touchpoints); its path comes in SIGHTLINE_BENCH_LINK.
// The build served is dist/, or the folder in SIGHTLINE_BENCH_DIST (to measure another build).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { serve } from '../static-server.mjs';

const RUNS = 5;
const SAMPLE_CARDS = 29;
/** The link's map builds only the columns on screen (src/components/blueprint/reveal.rs): it
 * is whole with its first cards, however many they are. */
const LINK_CARDS = 0;

const dist = process.env.SIGHTLINE_BENCH_DIST ?? fileURLToPath(new URL('../../../dist', import.meta.url));

/**
 * The bench's own host, the same static server the suite uses, which also keeps every body it
 * sends (by URL path, in order), so that a first visit's downloads are counted where they
 * leave, whoever asked: the page or the service worker.
 */
async function host() {
  const { server, url } = await serve({ dir: dist });
  const sent = [];
  server.prependListener('request', (request, response) => {
    const end = response.end.bind(response);
    response.end = (body, ...rest) => {
      if (response.statusCode === 200 && body) sent.push({ path: new URL(request.url, url).pathname, body, at: Date.now() });
      return end(body, ...rest);
    };
  });
  return { server, url, sent };
}

/**
 * Runs in the page before its own scripts: notes the first contentful paint; "first cards",
 * the first moment the blueprint holds any touchpoint card, which is when its first render
 * (the step columns the window shows, src/components/blueprint/reveal.rs; before that, every
 * column) is in the page, with how many cards and step columns it holds then and whether those
 * columns reach past the right edge of the map's visible part (read in the next frame, before
 * its paint, so that the probe forces no layout of its own); "map", the moment the blueprint
 * holds all `cards` touchpoint cards; and for both, the end of the frame that paints them (a
 * task posted from a requestAnimationFrame callback runs after that frame). Times in ms since
 * the navigation started.
 */
function probe(cards) {
  const times = {};
  window.__firstPaint = times;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') times.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  const afterPaint = (key, before) => {
    requestAnimationFrame(() => {
      before?.();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        times[key] = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(() => {
    const map = document.querySelector('[data-testid="blueprint"]');
    if (!map) return;
    const held = map.querySelectorAll('[data-testid="touchpoint"]').length;
    if (held > 0 && times.first === undefined) {
      times.first = performance.now();
      times.firstCards = held;
      const columns = map.querySelectorAll('td.cell[data-lane="consumer-actions"]');
      times.firstColumns = columns.length;
      afterPaint('firstPainted', () => {
        const last = columns[columns.length - 1];
        times.firstCovers = last.getBoundingClientRect().right >= map.closest('.blueprint').getBoundingClientRect().right;
      });
    }
    if (held < cards) return;
    observer.disconnect();
    times.map = performance.now();
    afterPaint('mapPainted');
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens `path` in `RUNS` fresh contexts of `locale`, one after another; returns each run's
 * times. */
async function coldOpens(browser, url, path, cards, locale = 'en-US') {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.addInitScript(probe, cards);
    await page.goto(new URL(path, url).href);
    await page.waitForFunction(
      () => window.__firstPaint.fcp !== undefined && window.__firstPaint.firstPainted !== undefined && window.__firstPaint.mapPainted !== undefined,
    );
    if (cards > 0) await expect(page.getByTestId('blueprint').getByTestId('touchpoint')).toHaveCount(cards);
    else await expect(page.getByTestId('blueprint').getByTestId('touchpoint').first()).toBeVisible();
    runs.push(await page.evaluate(() => window.__firstPaint));
    await context.close();
  }
  return runs;
}

function report(what, runs) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const figure = (key) => {
    const sorted = runs.map((run) => run[key]).sort((a, b) => a - b);
    return `median ${ms(sorted[Math.floor(sorted.length / 2)])}, max ${ms(sorted[sorted.length - 1])}`;
  };
  const counts = [...new Set(runs.map((run) => `${run.firstCards} cards in ${run.firstColumns} columns${run.firstCovers ? '' : ', NOT covering the map'}`))];
  console.log(
    `bench: ${what}: first contentful paint ${figure('fcp')}; first cards ${figure('first')}, painted ${figure('firstPainted')} (${counts.join('; ')}); map with all its cards ${figure('map')}, painted ${figure('mapPainted')} (${runs.length} cold contexts)`,
  );
}

// The `gzip -9` command, as BENCHMARKS.md measures files (zlib's level 9 differs by about 1 %).
const gzipped = (body) => execFileSync('gzip', ['-9', '-c'], { input: body, maxBuffer: 1 << 26 }).length;

/** Serves the build, reports `what` of the cold opens of `path`, and stops serving. */
async function measureOpens(browser, what, path, cards, locale) {
  const { server, url } = await host();
  try {
    report(what, await coldOpens(browser, url, path, cards, locale));
  } finally {
    server.close();
  }
}

test('opening the sample on a first visit', async ({ browser }) => {
  await measureOpens(browser, 'first visit, the sample', './', SAMPLE_CARDS);
});

// A visitor who reads French, Russian or Chinese: the map also waits for that language's
// texts, a chunk of their own fetched once the main module runs (src/language.rs).
for (const locale of ['fr-FR', 'ru-RU', 'zh-CN']) {
  test(`opening the sample on a first visit in ${locale}`, async ({ browser }) => {
    await measureOpens(browser, `first visit in ${locale}, the sample`, './', SAMPLE_CARDS, locale);
  });
}

test('opening a 1,000-touchpoint share link', async ({ browser }) => {
  const file = process.env.SIGHTLINE_BENCH_LINK;
  if (!file) throw new Error('SIGHTLINE_BENCH_LINK is not set: run `cargo xtask bench`');
  const link = readFileSync(file, 'utf8').trim();
  await measureOpens(browser, 'a 1,000-touchpoint share link', `./#${link}`, LINK_CARDS);
});

// Everything the host sends on a first visit: what the map needs (sent before it shows), then
// what the service worker fetches to keep the app for offline use (the wasm chunks of the
// other views), until it is ready; each file once, and what was sent again (the worker asking
// for a file the page already has).
test('what a first visit downloads', async ({ browser }) => {
  const { server, url, sent } = await host();
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.addInitScript(probe, SAMPLE_CARDS);
    await page.goto(url);
    await expect(page.getByTestId('blueprint').getByTestId('touchpoint')).toHaveCount(SAMPLE_CARDS);
    // When the map had its cards, on the host's clock (same machine): what was sent by then
    // is what the map waited for, or came with it.
    const mapAt = await page.evaluate(() => performance.timeOrigin + window.__firstPaint.map);
    const beforeMap = sent.filter((response) => response.at <= mapAt).length;
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active.state);
    await context.close();
    const tally = (responses) => {
      const files = new Map();
      for (const { path, body } of responses) {
        const file = files.get(path) ?? { times: 0, gzip: gzipped(body) };
        file.times += 1;
        files.set(path, file);
      }
      return files;
    };
    const total = (files) => [...files.values()].reduce((sum, file) => sum + file.gzip, 0);
    const files = tally(sent);
    const forMap = tally(sent.slice(0, beforeMap));
    const once = total(files);
    const all = [...files.values()].reduce((sum, file) => sum + file.times * file.gzip, 0);
    const lines = [...files].map(([path, file]) => `${path} ${file.gzip} B${file.times > 1 ? ` ×${file.times}` : ''}`);
    console.log(`bench: a first visit's files, gzip -9: ${lines.join(', ')}`);
    console.log(`bench: before the map shows: ${total(forMap)} B gzipped in ${forMap.size} files`);
    console.log(`bench: a first visit downloads ${once} B gzipped in ${files.size} files; sent in all, with repeats: ${all} B in ${sent.length} responses`);
  } finally {
    server.close();
  }
});
