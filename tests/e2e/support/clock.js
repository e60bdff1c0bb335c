// The page's clock, held still where a test must not depend on how fast the machine is.
//
// Typing merges into one undo step while the keystrokes come less than a second apart by
// the page's clock. On a loaded machine, the browser can stall for longer than that between
// two of Playwright's keystrokes and split the run; the engine's own tests cover the pause
// itself, so the browser tests that check merging hold the clock instead. Timers (autosave,
// the map's later columns) wait until the test moves the clock on with `runFor`.

/** Stops the page's clock before it loads: nothing scheduled by time runs until `runFor`. */
export async function stopClock(page) {
  await page.clock.install({ time: new Date('2026-12-03T08:00:00Z') });
  await page.clock.pauseAt(new Date('2026-12-03T08:00:01Z'));
}
