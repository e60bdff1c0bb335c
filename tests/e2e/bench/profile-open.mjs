// Where the time of opening a share link goes, for BENCHMARKS.md: one cold open (a fresh
// context, no cache) under Chrome's CPU profiler, started before the navigation, summed up to
// the moment the map first holds cards: self and inclusive time by function name (as
// profile.mjs sums an edit's), when a few of the app's functions first and last ran, and a
// timeline of how busy the page was and in which of the app's functions. With TRACE=1, a
// trace instead, which slows nothing down: the page's main thread task by task and when each
// of the page's files was asked for and arrived, up to the first cards. Prints figures,
// asserts nothing; not run by any command.
//
// Function names need a build that keeps them: `SIGHTLINE_WASM_NAMES=1 cargo xtask build`,
// served with `node static-server.mjs ../../dist <port>`. The profiler slows wasm down: read
// shares and orders, not times.
//
// usage: node bench/profile-open.mjs <url> <link file> [runs]
//   TRACE=1   a trace instead of a CPU profile
//   CARDS=n   wait until the map holds n cards before stopping (100 unless told)
//   TOP=n     how many functions each list shows (50 unless told)
//   BUCKET=n  the timeline's step in ms (50 unless told)
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { add, Samples } from './cpu-samples.mjs';

const [url, linkFile, runs = '1'] = process.argv.slice(2);
const cards = Number(process.env.CARDS ?? 100);
const shown = Number(process.env.TOP ?? 50);
const link = readFileSync(linkFile, 'utf8').trim();
// Whose first and last sample on the stack is worth a line of the timeline: substrings of
// wasm names (names keep their crate and module path).
const MARKS = ['decode_link', 'problems', 'Views::sync', 'Items::sync', 'evaluate', 'OnDemand'];
// The timeline's buckets, in ms: each says how busy the page was and in which of our
// functions (the innermost frame of the app's crates on the stack).
const BUCKET = Number(process.env.BUCKET ?? 50);
const OURS = /sightline/;

const ms = (us) => `${(us / 1000).toFixed(1).padStart(8)} ms`;
const top = (map) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, shown)
    .map(([name, us]) => `${ms(us)}  ${name.slice(0, 160)}`)
    .join('\n');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (let run = 0; run < Number(runs); run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The moment the map first holds cards, seen in the profile: the observer's callback runs a
  // named function for a millisecond, long enough for the sampler to catch.
  await page.addInitScript(() => {
    function sightlineFirstCards() {
      performance.mark('first-cards');
      const until = performance.now() + 1;
      while (performance.now() < until);
    }
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="blueprint"] [data-testid="touchpoint"]')) return;
      observer.disconnect();
      sightlineFirstCards();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const opened = async () => {
    await page.goto(`${url}#${link}`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="touchpoint"]').length >= n, cards, {
      polling: 5,
      timeout: 60_000,
    });
  };
  if (process.env.TRACE) {
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];
    await browser.startTracing(page, { categories });
    await opened();
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();
    timeline(run, events);
    continue;
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await opened();
  const { profile } = await cdp.send('Profiler.stop');
  const since = await page.evaluate(() => performance.now());
  await context.close();

  const samples = new Samples(profile);
  const { byId, parent, self, total } = samples;
  const marks = new Map();
  const buckets = new Map();
  // The first sample of the probe's function ends the window summed (all of the profile if
  // it never ran).
  let end = Infinity;
  {
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      if (end === Infinity && byId.get(id).callFrame.functionName === 'sightlineFirstCards') end = t;
    });
  }
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    at += us;
    if (at > end) return;
    const frame = byId.get(id).callFrame;
    const seen = samples.count(id, us);
    const bucket = Math.floor((at - profile.startTime) / 1000 / BUCKET);
    const busy = buckets.get(bucket) ?? new Map();
    let where = frame.functionName === '(idle)' ? '(idle)' : undefined;
    for (let node = id; where === undefined && node !== undefined; node = parent.get(node)) {
      const name = byId.get(node).callFrame.functionName;
      if (OURS.test(name) && !name.includes('invoke') && !name.includes('start::')) where = name.replace(/::h[0-9a-f]{16}$/, '');
    }
    add(busy, where ?? (frame.functionName.startsWith('(') ? frame.functionName : '(other)'), us);
    for (const mark of MARKS) {
      if ([...seen].some((name) => name.includes(mark))) {
        const span = marks.get(mark) ?? { first: at, last: at, us: 0 };
        span.last = at;
        span.us += us;
        marks.set(mark, span);
      }
    }
  });
  const idle = self.get('(idle)') ?? 0;
  const summed = Math.min(end, profile.endTime) - profile.startTime;
  console.log(`=== run ${run + 1}: ${ms(summed)} from the profile's start to the first cards, ${ms(idle)} idle; page clock at the stop ${since.toFixed(0)} ms`);
  console.log('--- timeline (ms since the profile started: first, last sample; time on the stack)');
  for (const mark of MARKS) {
    const span = marks.get(mark);
    if (span) console.log(`${ms(span.first - profile.startTime)} ${ms(span.last - profile.startTime)} ${ms(span.us)}  ${mark}`);
  }
  console.log(`--- timeline by ${BUCKET} ms: busy, and where (innermost of our frames)`);
  for (const [bucket, busy] of [...buckets.entries()].sort((a, b) => a[0] - b[0])) {
    const work = [...busy.entries()].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
    const sum = work.reduce((n, [, us]) => n + us, 0);
    if (sum < 1000) continue;
    const parts = work.slice(0, 3).map(([name, us]) => `${(us / 1000).toFixed(0)} ${name.slice(0, 70)}`);
    console.log(`${String(bucket * BUCKET).padStart(6)} ms ${ms(sum)}  ${parts.join(' | ')}`);
  }
  console.log('--- self time');
  console.log(top(self));
  console.log('--- inclusive time');
  console.log(top(total));
  console.log("--- inclusive time, the app's crates only");
  console.log(top(new Map([...total].filter(([name]) => OURS.test(name)))));
}
await browser.close();

/**
 * Without the profiler's slowing down: the page's main thread from the navigation to the first
 * cards, task by task (those of 2 ms or more, with what ran in them), and when each file
 * was asked for and arrived.
 */
function timeline(run, events) {
  const mark = events.find((e) => e.name === 'first-cards');
  if (!mark) throw new Error('no first-cards mark in the trace');
  const thread = (e) => e.pid === mark.pid && e.tid === mark.tid;
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === mark.pid)?.ts ?? mark.ts;
  const t = (ts) => `${((ts - start) / 1000).toFixed(1).padStart(7)}`;
  console.log(`=== run ${run + 1} (trace): first cards at ${t(mark.ts)} ms after the navigation started`);
  console.log('--- files: asked for, finished (ms)');
  const asked = new Map();
  for (const e of events) {
    const data = e.args?.data;
    // The page's own files, not the browser's (headless Chromium loads pages of its own).
    if (e.name === 'ResourceSendRequest' && data?.url?.startsWith(url)) asked.set(data.requestId, { url: data.url, ts: e.ts });
    if (e.name === 'ResourceFinish' && asked.has(data?.requestId)) {
      const request = asked.get(data.requestId);
      if (request.ts < mark.ts) console.log(`${t(request.ts)} ${t(e.ts)}  ${request.url.split('/').pop().slice(0, 60)}`);
    }
  }
  console.log('--- main thread tasks of 2 ms or more before the first cards: start, ms, what ran');
  const complete = events.filter((e) => e.ph === 'X' && thread(e) && e.ts >= start && e.ts <= mark.ts).sort((a, b) => a.ts - b.ts);
  const tasks = complete.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  let busy = 0;
  for (const task of tasks) {
    busy += task.dur;
    if (task.dur < 2000) continue;
    const inner = new Map();
    for (const e of complete) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || e.name === 'RunTask') continue;
      const what = e.args?.data?.functionName || e.args?.data?.url?.split('/').pop() || '';
      if (e.dur >= 1000) add(inner, `${e.name}${what ? ` ${what.slice(0, 40)}` : ''}`, e.dur);
    }
    const parts = [...inner.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, us]) => `${(us / 1000).toFixed(1)} ${n}`);
    console.log(`${t(task.ts)} ${(task.dur / 1000).toFixed(1).padStart(6)}  ${parts.join(' | ')}`);
  }
  console.log(`main thread busy ${(busy / 1000).toFixed(0)} ms of ${((mark.ts - start) / 1000).toFixed(0)}`);
}
