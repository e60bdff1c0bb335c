// Local storage brought to its limit, as a full disk would leave it.

/** Fills local storage until it takes not even one more character. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler.${n++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
}
