// The walking skeleton end to end: the sample journey, editing a cell, and saves that survive
// a reload.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';

test('a first visit shows the sample journey on the blueprint', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await expect(page.getByTestId('journey-name')).toHaveValue('Mobile telephony for Acme Corp');
  await expect(journey.stepColumns).toHaveCount(7);
  await expect(journey.stepColumns.first().getByRole('textbox')).toHaveValue('Explore');
  for (const line of ['consumer-visibility', 'interaction', 'provider-visibility']) {
    await expect(page.getByTestId(`line-${line}`)).toBeVisible();
  }
  await expect(journey.touchpoints('onboard', 'provider-frontstage')).toHaveText([/Onboarding workshop/]);
  await expect(journey.notices).toHaveCount(0);
});

test('a touchpoint added to Onboard frontstage survives a reload, and its deletion too', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const cell = journey.touchpoints('onboard', 'provider-frontstage');
  await journey.addTouchpoint('onboard', 'provider-frontstage', 'Welcome call');
  await expect(cell).toHaveText([/Onboarding workshop/, /Welcome call/]);

  await journey.reload();
  await expect(cell).toHaveText([/Onboarding workshop/, /Welcome call/]);

  await journey.deleteTouchpoint('onboard', 'provider-frontstage', 'Welcome call');
  await expect(cell).toHaveText([/Onboarding workshop/]);
  await journey.reload();
  await expect(cell).toHaveText([/Onboarding workshop/]);
});

test('a renamed step and a touchpoint moved to another lane are saved', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  const explore = journey.stepColumns.first().getByRole('textbox', { name: 'Name of the Explore step' });
  await explore.fill('Scan the market');
  await explore.press('Enter');

  await journey.touchpoints('agree', 'support-processes').filter({ hasText: 'Legal review' }).click();
  await journey.editor.getByLabel('Lane').selectOption({ label: 'Provider backstage' });
  await journey.editor.getByLabel('Channel').selectOption({ label: 'E-mail' });
  const backstage = journey.touchpoints('agree', 'provider-backstage');
  await expect(backstage).toHaveText([/Credit check/, /Legal review\s*E-mail/]);

  await journey.reload();
  await expect(explore).toHaveValue('Scan the market');
  await expect(journey.touchpoints('agree', 'support-processes')).toHaveCount(0);
  await expect(backstage).toHaveText([/Credit check/, /Legal review\s*E-mail/]);
});
