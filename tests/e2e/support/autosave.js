// What autosave has written for the open journey, and waiting for it to settle.
import { expect } from '@playwright/test';

/** The open journey's stored document (the only journey of a fresh browser context). */
export function storedText(page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('sightline.journey.'));
    return localStorage.getItem(key);
  });
}

/** Wait until autosave has written what the page shows, then return the stored text. */
export async function settled(page) {
  let previous = null;
  await expect
    .poll(async () => {
      const now = await storedText(page);
      const same = now === previous;
      previous = now;
      return same;
    }, { intervals: [600, 600, 600] })
    .toBe(true);
  return previous;
}
