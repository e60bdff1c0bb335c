// Pain points and opportunities: ranked by value against effort under the four quadrants,
// re-ranked as they are scored, added on a touchpoint or a step, and each a way to its place.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { PrioritiesPage } from '../pages/priorities-page.js';

const STANDARD = 'Standard contract with pre-approved options';
const WAITS = 'Long waits on the support line';
const DASHBOARD = 'Self-service usage dashboard';
const ROUNDS = 'Three rounds of negotiation before approval';
const WORKSHOP = 'Shorter, remote onboarding workshop';
const UPSELL = 'Upsell pushed before service issues are fixed';

test("the sample's pain points and opportunities are ranked in quadrant order", async ({ page }) => {
  const journey = new JourneyPage(page);
  const priorities = new PrioritiesPage(page);
  await journey.open();
  await journey.showView('measures');

  // Quick wins (value/effort 4/2, then 4/3), major projects (4.5/5, then 3.5/4), fill-ins, money pits.
  await expect(priorities.texts).toHaveText([STANDARD, WAITS, DASHBOARD, ROUNDS, WORKSHOP, UPSELL]);
  await expect(priorities.textsIn('quick-win')).toHaveText([STANDARD, WAITS]);
  await expect(priorities.textsIn('major-project')).toHaveText([DASHBOARD, ROUNDS]);
  await expect(priorities.textsIn('fill-in')).toHaveText([WORKSHOP]);
  await expect(priorities.textsIn('money-pit')).toHaveText([UPSELL]);
  await expect(priorities.panel.getByRole('heading', { level: 3 })).toHaveText([
    'Quick wins 2',
    'Major projects 2',
    'Fill-ins 1',
    'Money pits 1',
  ]);
  await expect(priorities.item(STANDARD)).toContainText('Agree · Negotiate contract terms');
  await expect(priorities.item(STANDARD)).toContainText('Value 4, effort 2');
  await expect(priorities.item(DASHBOARD)).toContainText('Value 4.5, effort 5');
  await expect(priorities.item(ROUNDS)).toContainText('Agree (the whole step)');
});

test('raising an effort moves the item to another quadrant; activating one opens its place', async ({ page }) => {
  const journey = new JourneyPage(page);
  const priorities = new PrioritiesPage(page);
  await journey.open();
  await journey.showView('measures');

  // Activating a touchpoint's opportunity opens that touchpoint in the editor, on the map.
  await priorities.item(STANDARD).click();
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');
  await expect(journey.nameField).toHaveValue('Negotiate contract terms');
  const standard = priorities.insight(priorities.editorInsights, STANDARD);
  await expect(standard.getByTestId('insight-quadrant')).toHaveText('Among the quick wins');

  // Legal insists on reviewing every option: the standard contract becomes a major project.
  await priorities.setScore(standard, 'Effort (1–5)', 5);
  await expect(standard.getByTestId('insight-quadrant')).toHaveText('Among the major projects');

  const refused = await priorities.setScore(standard, 'Effort (1–5)', 6);
  await expect(refused).toHaveAttribute('aria-invalid', 'true');
  await expect(standard).toContainText('must be from 1 to 5');

  await journey.showView('measures');
  await expect(priorities.textsIn('quick-win')).toHaveText([WAITS]);
  await expect(priorities.textsIn('major-project')).toHaveText([DASHBOARD, ROUNDS, STANDARD]);

  // A step's pain point focuses its step on the map, from the keyboard too.
  await priorities.item(ROUNDS).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of the Agree step' })).toBeFocused();
});

test('a pain point added on a touchpoint shows in the list and on its card', async ({ page }) => {
  const journey = new JourneyPage(page);
  const priorities = new PrioritiesPage(page);
  await journey.open();
  const card = journey.touchpoints('offer', 'provider-backstage').filter({ hasText: 'Price the fleet' });
  await expect(card.getByTestId('card-insights')).toHaveCount(0);

  await card.click();
  await priorities.editorInsights.getByTestId('add-pain-point').click();
  // The caret waits in the new pain point's description.
  await page.keyboard.type('Coverage maps are out of date');
  const added = priorities.insight(priorities.editorInsights, 'Coverage maps are out of date');
  await priorities.setScore(added, 'Customer value (1–5)', 4);
  await priorities.setScore(added, 'Business value (1–5)', 5);
  await priorities.setScore(added, 'Effort (1–5)', 1);
  await expect(card.getByTestId('card-insights')).toHaveText(/Pain 1/);
  await expect(card).toHaveAccessibleName(/Price the fleet and coverage.*1 pain point/);

  // Value 4.5 for effort 1: the first quick win.
  await journey.showView('measures');
  await expect(priorities.texts.first()).toHaveText('Coverage maps are out of date');
  await expect(priorities.item('Coverage maps')).toContainText('Offer · Price the fleet and coverage');

  await journey.reload();
  await expect(priorities.texts.first()).toHaveText('Coverage maps are out of date');
  await expect(card.getByTestId('card-insights')).toHaveText(/Pain 1/);
});

test('an opportunity is added to a step from the insights panel and removed again', async ({ page }) => {
  const journey = new JourneyPage(page);
  const priorities = new PrioritiesPage(page);
  await journey.open();
  await journey.showView('measures');
  const panel = priorities.insightsPanel;
  await expect(panel.getByTestId('insight')).toHaveCount(6);

  await panel.getByTestId('insights-step').selectOption({ label: 'Explore' });
  await expect(panel.getByTestId('insight')).toHaveCount(0);
  await panel.getByTestId('add-step-opportunity').click();
  await page.keyboard.type('Publish a price calculator');
  const added = priorities.insight(panel, 'Publish a price calculator');
  await expect(added.getByTestId('insight-place')).toHaveText('Explore (the whole step)');
  // Middle scores (value 3, effort 3) make a fill-in, after the workshop's 2.5 for effort 2.
  await expect(priorities.textsIn('fill-in')).toHaveText([WORKSHOP, 'Publish a price calculator']);

  await added.getByRole('button', { name: 'Remove opportunity “Publish a price calculator”' }).click();
  // The focus stays in the panel, on its first add button, not lost to the page.
  await expect(panel.getByTestId('add-step-pain-point')).toBeFocused();
  await expect(priorities.textsIn('fill-in')).toHaveText([WORKSHOP]);
  await page.keyboard.press('Control+z');
  await expect(priorities.textsIn('fill-in')).toHaveText([WORKSHOP, 'Publish a price calculator']);
});

test("a step's own pain points and opportunities are counted in its header", async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const agree = page.locator('[data-testid="step-column"][data-stage="agree"]');
  const offer = page.locator('[data-testid="step-column"][data-stage="offer"]');
  // The sample notes "Three rounds of negotiation" on the Agree step itself.
  await expect(agree.getByTestId('card-insights')).toContainText('1 pain point');
  await expect(offer.getByTestId('card-insights')).toHaveCount(0);
});
