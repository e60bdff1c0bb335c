// Print, PDF and presentation: the printed journey is landscape with the map first and no
// controls; the presentation walks the steps by keyboard, shows user text as text, and
// leaves with Escape.
import { test, expect } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { JourneyPage } from '../pages/journey-page.js';

const STEPS = ['Explore', 'Engage', 'Offer', 'Agree', 'Onboard', 'Co-create', 'Realize'];

/** The text of each page of a PDF, and the first page's size in points. */
async function pdfText(buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: true }).promise;
  const pages = [];
  let size = null;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    if (n === 1) {
      const [, , width, height] = page.view;
      size = { width, height };
    }
    const content = await page.getTextContent();
    // Without spaces: the PDF's text runs split words at ligatures ("O ff er").
    pages.push(content.items.map((item) => item.str).join('').replace(/\s+/g, ''));
  }
  return { pages, size };
}

test('Print gives a landscape document: the map with its seven steps first, no controls, then the value pages', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.addTouchpoint('offer', 'consumer-actions', '<script>alert(1)</script>');
  // The print dialog itself is the browser's: count that it was asked for.
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.getByTestId('print').click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  await expect(page.getByTestId('print-sheet')).toBeAttached();

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const { pages, size } = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(size.width).toBeGreaterThan(size.height);
  const first = pages[0];
  const words = (text) => text.replace(/\s+/g, '');
  for (const step of STEPS) expect(first).toContain(words(step));
  for (const control of ['Undo', 'My journeys', 'Download PNG', 'Options', 'Settings', 'Zoom', '⠇']) {
    expect(first).not.toContain(words(control));
  }
  expect(pages.join('')).toContain('<script>alert(1)</script>');
  expect(pages.join('')).toContain(words('Value and findings'));
});

test('the presentation walks the steps by keyboard, then the value, and Escape leaves', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`);
  });
  const journey = new JourneyPage(page);
  await journey.open();
  await journey.addTouchpoint('explore', 'consumer-actions', '<img src=x onerror=alert(1)>');
  await page.getByTestId('present').click();
  const presentation = page.getByTestId('presentation');
  await expect(presentation).toBeVisible();
  await expect(presentation).toHaveAttribute('role', 'dialog');
  await expect(page.getByTestId('present-step')).toHaveText('Explore');
  await expect(page.getByTestId('present-slide')).toContainText('<img src=x onerror=alert(1)>');
  // The buttons say only what they do.
  await expect(presentation.getByRole('button')).toHaveText(['Previous', 'Next', 'Leave (Esc)']);
  await expect(presentation.getByRole('button', { name: 'Previous' })).toBeDisabled();
  for (let n = 2; n <= STEPS.length; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('present-step')).toHaveText(STEPS[n - 1]);
    await expect(page.getByTestId('present-position')).toHaveText(`Step ${n} of 7`);
  }
  // The last step's slide draws the experience so far, dots and lines.
  await expect(page.locator('.presentation__curve polyline').first()).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(presentation.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(page.getByTestId('present-summary')).toContainText('Value of the journey');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('present-step')).toHaveText('Realize');
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(journey.blueprint).toBeVisible();
});

test('a shared journey can be presented too', async ({ page, browser }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const { context: fresh, reader } = await JourneyPage.openShared(browser, await journey.copyLink());
  await reader.getByTestId('present').click();
  await expect(reader.getByTestId('present-step')).toHaveText('Explore');
  await reader.keyboard.press('Escape');
  await expect(reader.getByTestId('presentation')).toHaveCount(0);
  await fresh.close();
});

test.describe('without a service worker, which would fetch every chunk anyway', () => {
  test.use({ serviceWorkers: 'block' });

  test("the browser's own Print command prints the value pages, not a sentence that they are loading", async ({ page }) => {
    const journey = new JourneyPage(page);
    // Their code is fetched once the page is idle, before anything is printed.
    const fetched = page.waitForRequest(/split_value_pages\.wasm$/);
    await journey.open();
    await fetched;
    await expect.poll(() => page.evaluate(() => {
      // As Ctrl+P does: the browser lays out the page right after its beforeprint handlers.
      window.dispatchEvent(new Event('beforeprint'));
      return new Promise((resolve) => requestAnimationFrame(() => {
        const sheet = document.querySelector('[data-testid="print-sheet"]');
        const drawn = sheet !== null && sheet.querySelector('.deferred__loading') === null
          && sheet.querySelector('[data-testid="findings"]') !== null;
        window.dispatchEvent(new Event('afterprint'));
        resolve(drawn);
      }));
    })).toBe(true);
  });
});
