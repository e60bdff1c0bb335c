// Editing a large journey: time from a keystroke to the repaint of the blueprint, in the
// release build. Prints `bench:` lines (median and p95 in ms) for BENCHMARKS.md; asserts
// only that each edit shows, never how fast.
//
// The journey is the share link `cargo xtask bench` writes with
// `cargo run -p sightline-document --example bench_link` (100 steps, 1,000 touchpoints,
// 20 stakeholders, 3,000 effects); its path comes in SIGHTLINE_BENCH_LINK.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';

const WARM_UP = 10;
const MEASURED = 40;

function link(variable = 'SIGHTLINE_BENCH_LINK') {
  const path = process.env[variable];
  if (!path) throw new Error(`${variable} is not set: run \`cargo xtask bench\``);
  return readFileSync(path, 'utf8').trim();
}

/** Opens the benchmark journey as an editable copy in the library, with the experience lane open or folded. */
async function openJourney(page, { lane }) {
  const journey = new JourneyPage(page);
  await journey.open(`./#${link()}`);
  await page.getByTestId('save-copy').click();
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);
  // The map builds the columns on screen (src/components/blueprint/reveal.rs): scrolled to
  // the edited touchpoint's step, the 50th, it builds that one and its neighbours.
  await page.getByTestId('touchpoint').first().waitFor();
  await page.evaluate((column) => {
    const map = document.querySelector('.blueprint');
    map.scrollLeft = document.querySelector('th.step').getBoundingClientRect().width * column;
  }, STEP - 1);
  await card(page, TOUCHPOINT).waitFor({ state: 'attached' });
  // The map is the view edited in; the experience lane above its lanes draws every emotion.
  if (!lane) {
    await page.getByTestId('experience-fold').click();
    await expect(page.getByTestId('experience-point').first()).toBeHidden();
  }
  return journey;
}

/**
 * Marks every keydown (capturing, before the app sees it) and, once `target` shows `expected`,
 * measures from that mark to the frame after: a requestAnimationFrame callback runs before the
 * frame is painted, a task it posts runs after. Each measurement is pushed to
 * `window.__bench.times`.
 */
function installProbe(page, { attributes = false } = {}) {
  return page.evaluate((attributes) => {
    const bench = { times: [], expected: null, target: null, key: 0, pending: false };
    window.__bench = bench;
    window.addEventListener(
      'keydown',
      () => {
        bench.key += 1;
        performance.mark(`key-${bench.key}`);
        bench.pending = true;
      },
      { capture: true },
    );
    const observer = new MutationObserver(() => {
      if (!bench.pending || bench.target?.textContent !== bench.expected) return;
      bench.pending = false;
      const key = bench.key;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const measure = performance.measure(`repaint-${key}`, `key-${key}`);
          bench.times.push(measure.duration);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes });
  }, attributes);
}

/** Sets what the next keystroke should make `selector` (the n-th match) show. */
function expectText(page, selector, nth, text) {
  return page.evaluate(
    ([selector, nth, text]) => {
      window.__bench.target = document.querySelectorAll(selector)[nth];
      window.__bench.expected = text;
    },
    [selector, nth, text],
  );
}

async function measured(page, count) {
  await page.waitForFunction((count) => window.__bench.times.length >= count, count);
  return page.evaluate(() => window.__bench.times.slice());
}

function report(what, times) {
  const sorted = times.slice(WARM_UP).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const ms = (x) => x.toFixed(1);
  console.log(
    `bench: ${what}: median ${ms(at(0.5))} ms, p95 ${ms(at(0.95))} ms, max ${ms(sorted[sorted.length - 1])} ms (${sorted.length} edits after ${WARM_UP} warm-up)`,
  );
}

// The touchpoint edited: one in the middle of the journey (step 50).
const TOUCHPOINT = 'Touchpoint 500';
const STEP = 50;

/** The blueprint card of the touchpoint named exactly `name`. */
function card(page, name) {
  return page.getByTestId('touchpoint').filter({ has: page.locator('.touchpoint__name').getByText(name, { exact: true }) });
}

for (const lane of [true, false]) {
  const charted = lane ? 'experience lane open' : 'experience lane folded';

  test(`typing a touchpoint's name, ${charted}`, async ({ page }) => {
    const journey = await openJourney(page, { lane });
    // A DOM click: in a grid this wide, neighbouring columns overlap the card where Playwright aims.
    await card(page, TOUCHPOINT).dispatchEvent('click');
    await expect(journey.nameField).toHaveValue(TOUCHPOINT);
    await journey.nameField.press('End');
    await installProbe(page);
    const index = await page
      .getByTestId('touchpoint')
      .evaluateAll((cards, name) => cards.findIndex((c) => c.querySelector('.touchpoint__name').textContent === name), TOUCHPOINT);
    let name = TOUCHPOINT;
    for (let i = 0; i < WARM_UP + MEASURED; i++) {
      name += 'x';
      await expectText(page, '[data-testid="touchpoint"] .touchpoint__name', index, name);
      await page.keyboard.press('x');
      await measured(page, i + 1);
    }
    await expect(journey.nameField).toHaveValue(name);
    report(`keystroke in a touchpoint's name to repaint, ${charted}`, await measured(page, WARM_UP + MEASURED));
  });

  test(`changing an effect's amount, ${charted}`, async ({ page }) => {
    const journey = await openJourney(page, { lane });
    // A DOM click: in a grid this wide, neighbouring columns overlap the card where Playwright aims.
    await card(page, TOUCHPOINT).dispatchEvent('click');
    // Its first effect is a risk: the second amount is the impact, which moves the step's V.
    const amount = journey.editor.getByTestId('effect-amount').nth(1);
    await installProbe(page);
    // The step header's V of the touchpoint's step (step 50, the 50th column): its index
    // among the headers built.
    const column = await page
      .getByTestId('step-column')
      .evaluateAll((headers, id) => headers.findIndex((h) => h.querySelector(`#step-name-${id}`)), STEP);
    const value = page.getByTestId('step-value').nth(column);
    for (let i = 0; i < WARM_UP + MEASURED; i++) {
      const before = await value.textContent();
      await amount.fill(i % 2 === 0 ? '10' : '90');
      // Whatever the step's V becomes, it differs from before: wait for any change.
      await page.evaluate(([column, before]) => {
        const target = document.querySelectorAll('[data-testid="step-value"]')[column];
        window.__bench.target = { get textContent() { return target.textContent === before ? null : 'changed'; } };
        window.__bench.expected = 'changed';
      }, [column, before]);
      await amount.press('Enter');
      await measured(page, i + 1);
      await expect(value).not.toHaveText(before);
    }
    report(`Enter in an effect's amount to repaint (valuation, headers, experience lane), ${charted}`, await measured(page, WARM_UP + MEASURED));
  });
}

// What the probe measures with no app in the way: a bare field added to the same page, whose
// only listener copies its text into a span. From the keydown to the end of the next frame
// includes the wait for that frame, up to a frame's length (16.7 ms at 60 Hz) whatever the
// edit costs: this line is the floor the lines above are read against.
test('typing in a bare field on the same page (the probe\'s floor)', async ({ page }) => {
  await openJourney(page, { lane: true });
  await page.evaluate(() => {
    const field = document.createElement('input');
    const copy = document.createElement('span');
    field.id = 'bench-bare-field';
    copy.id = 'bench-bare-copy';
    field.addEventListener('input', () => {
      copy.textContent = field.value;
    });
    document.querySelector('header').append(field, copy);
  });
  await page.locator('#bench-bare-field').focus();
  await installProbe(page);
  let text = '';
  for (let i = 0; i < WARM_UP + MEASURED; i++) {
    text += 'x';
    await expectText(page, '#bench-bare-copy', 0, text);
    await page.keyboard.press('x');
    await measured(page, i + 1);
  }
  await expect(page.locator('#bench-bare-copy')).toHaveText(text);
  report('keystroke in a bare field to repaint (the probe\'s floor), experience lane open', await measured(page, WARM_UP + MEASURED));
});

// The sample with 500 more KPIs (`KPI 1` to `KPI 500`): typing in one KPI's name re-runs that
// row alone, whatever the number of rows. What shows the keystroke is the row's own accessible
// names, which carry the KPI's name.
test("typing a KPI's name among 500", async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open(`./#${link('SIGHTLINE_BENCH_KPIS_LINK')}`);
  await page.getByTestId('save-copy').click();
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);
  // A link opens on the map; the KPIs are on the measures view.
  await journey.showView('measures');
  const names = page.getByTestId('kpi-name');
  // 500 rows take a few seconds to build on a busy 2-core machine.
  await expect(names.nth(499)).toBeAttached({ timeout: 15_000 });
  const index = await names.evaluateAll((inputs) => inputs.findIndex((input) => input.value === 'KPI 250'));
  expect(index).toBeGreaterThanOrEqual(0);
  const field = names.nth(index);
  await field.focus();
  await field.press('End');
  await installProbe(page, { attributes: true });
  let name = 'KPI 250';
  for (let i = 0; i < WARM_UP + MEASURED; i++) {
    name += 'x';
    await page.evaluate(([index, name]) => {
      const input = document.querySelectorAll('[data-testid="kpi-name"]')[index];
      window.__bench.target = { get textContent() { return input.getAttribute('aria-label')?.includes(name) ? name : null; } };
      window.__bench.expected = name;
    }, [index, name]);
    await page.keyboard.press('x');
    await measured(page, i + 1);
  }
  await expect(field).toHaveValue(name);
  report("keystroke in a KPI's name to repaint, 500 KPIs", await measured(page, WARM_UP + MEASURED));
});
