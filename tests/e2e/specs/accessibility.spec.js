// WCAG 2.1 AA on every view of the journey screen and on the library, in the light and the
// dark colour scheme, as axe-core checks it in Chromium.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { JourneyPage } from '../pages/journey-page.js';

const VIEWS = ['map', 'value', 'measures', 'stakeholders', 'charts', 'settings', 'compare'];
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What axe finds on the page as it is, each violation with the elements it names. */
async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

for (const colorScheme of ['light', 'dark']) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const view of VIEWS) {
      test(`the ${view} view has no WCAG 2.1 AA violation`, async ({ page }) => {
        const journey = new JourneyPage(page);
        await journey.open();
        if (view === 'compare') {
          // With a version and a gain to show: a named version, then a better offer.
          await journey.showView('compare');
          await page.getByTestId('version-name').fill('As-is');
          await page.getByTestId('save-version').click();
          await expect(page.getByTestId('version-row')).toHaveCount(1);
          await journey.showView('map');
          await journey.touchpoints('offer', 'provider-frontstage').filter({ hasText: 'Tailored proposal' }).click();
          const realised = journey.editor.getByTestId('effect').first().getByLabel('Realised', { exact: true });
          await realised.fill('20');
          await realised.press('Tab');
        }
        await journey.showView(view);
        if (view === 'compare') {
          await expect(page.locator('[data-testid="delta-v"][data-stage="offer"]')).toContainText('a gain');
        }
        if (view === 'map') {
          // With the editor open, as it is most of the time.
          await page.getByTestId('touchpoint').first().click();
          await expect(journey.editor).toBeVisible();
        }
        expect(await violations(page)).toEqual([]);
      });
    }

    test('the library has no WCAG 2.1 AA violation', async ({ page }) => {
      const journey = new JourneyPage(page);
      await journey.open();
      await page.getByTestId('open-library').click();
      await page.getByTestId('library').waitFor();
      expect(await violations(page)).toEqual([]);
    });
  });
}
