// The value engine in the UI: findings that lead to their step, figures that follow every
// edit, and values out of range refused with a reason.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { ValuePage } from '../pages/value-page.js';

test('the sample shows a finding of every kind, and a finding takes you to its step', async ({ page }) => {
  const journey = new JourneyPage(page);
  const value = new ValuePage(page);
  await journey.open();
  await journey.showView('value');
  for (const kind of ['RemovesValue', 'UnrealisedPotential', 'OneSidedBenefit', 'NoInteraction', 'RealizeWithoutOutcome', 'NarrowZone']) {
    await expect(value.findingsOfKind(kind).first()).toBeVisible();
  }
  await expect(value.findings).toHaveCount(9);

  const agree = value.findingsOfKind('OneSidedBenefit').filter({ hasText: 'Agree' });
  await expect(agree).toContainText('the benefit goes to the provider side (66 more than the other)');
  await agree.getByRole('button', { name: 'Show Agree' }).click();
  // The finding leads to its step on the map, and the value view keeps that step in scope.
  await expect(journey.viewEntry('map')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('textbox', { name: 'Name of the Agree step' })).toBeFocused();
  await journey.showView('value');
  await expect(value.scope.locator('option:checked')).toHaveText('Agree');
  await expect(value.valueRow('Operator').getByTestId('value-v')).toHaveText('46');
  await expect(value.valueRow('Consumer side').getByTestId('value-v')).toHaveText('-26');
});

test('editing an effect recomputes step value, table and findings at once', async ({ page }) => {
  const journey = new JourneyPage(page);
  const value = new ValuePage(page);
  await journey.open();
  await expect(value.stepValue('offer')).toHaveText('V 7');
  await journey.showView('value');
  await expect(value.valueRow('Total').getByTestId('value-v')).toHaveText('44');

  // The tailored proposal now meets all of the IT manager's requirements: 20 of 20.
  await journey.showView('map');
  await journey.touchpoints('offer', 'provider-frontstage').filter({ hasText: 'Tailored proposal' }).click();
  const outcome = value.effect(0);
  await expect(outcome.getByTestId('effect-aspect')).toHaveValue('0');
  await value.setNumber(outcome, 'Realised', 20);

  await expect(value.stepValue('offer')).toHaveText('V 15');
  await journey.showView('value');
  await expect(value.valueRow('Total').getByTestId('value-v')).toHaveText('52');
  await expect(value.findingsOfKind('UnrealisedPotential').filter({ hasText: 'In Offer' })).toHaveCount(0);

  await journey.reload();
  await journey.showView('map');
  await expect(value.stepValue('offer')).toHaveText('V 15');
});

test('a value out of range is refused with the reason and nothing changes', async ({ page }) => {
  const journey = new JourneyPage(page);
  const value = new ValuePage(page);
  await journey.open();
  await journey.touchpoints('offer', 'provider-backstage').filter({ hasText: 'Price the fleet' }).click();
  const risk = value.effect(0);
  const probability = await value.setNumber(risk, 'Probability (0–1)', 1.4);
  await expect(probability).toHaveAttribute('aria-invalid', 'true');
  await expect(risk).toContainText('must be from 0 to 1');
  await expect(value.stepValue('offer')).toHaveText('V 7');

  await value.setNumber(risk, 'Probability (0–1)', 'lots');
  await expect(risk).toContainText('Enter a number.');

  await value.setNumber(risk, 'Probability (0–1)', '0,5');
  await expect(probability).toHaveAttribute('aria-invalid', 'false');
  // The operator's risk exposure rises from 0.2·10 to 0.5·10: V(Offer) falls by 3.
  await expect(value.stepValue('offer')).toHaveText('V 4');
});

test('stakeholders are added, weighed and placed on the map', async ({ page }) => {
  const journey = new JourneyPage(page);
  const value = new ValuePage(page);
  await journey.open();
  await journey.showView('stakeholders');
  await expect(value.stakeholders).toHaveCount(7);
  await page.getByTestId('add-stakeholder').click();
  await expect(value.stakeholders).toHaveCount(8);
  const added = value.stakeholders.last();
  const name = added.getByTestId('stakeholder-name');
  await name.fill('Telecom regulator');
  await name.press('Tab');
  await added.getByLabel('Role of Telecom regulator').selectOption({ label: 'Regulator' });
  await added.getByLabel('Side of Telecom regulator').selectOption({ label: 'Other' });

  const influence = await value.setNumber(added, 'Influence of Telecom regulator', 11);
  await expect(influence).toHaveAttribute('aria-invalid', 'true');
  await expect(added).toContainText('must be from 0 to 10');
  await value.setNumber(added, 'Influence of Telecom regulator', 9);
  await value.setNumber(added, 'Interest of Telecom regulator', 3);
  await expect(added.getByTestId('stakeholder-quadrant')).toHaveText('Keep satisfied');

  // The CFO weighs costs twice; at weight 1, Co-create's value rises by the CFO's 12.
  const cfo = value.stakeholders.filter({ has: page.getByRole('textbox', { name: 'Name of CFO' }) });
  await expect(value.stepValue('co-create')).toHaveText('V 19');
  await value.setNumber(cfo, 'Weight of costs of CFO', 1);
  await journey.showView('map');
  await expect(value.stepValue('co-create')).toHaveText('V 31');

  // The view shown is kept across a reload.
  await journey.showView('stakeholders');
  await journey.reload();
  await expect(journey.viewEntry('stakeholders')).toHaveAttribute('aria-current', 'page');
  await expect(value.stakeholders).toHaveCount(8);
  await expect(value.stakeholders.last().getByTestId('stakeholder-quadrant')).toHaveText('Keep satisfied');
});

test('findings follow a renamed step', async ({ page }) => {
  const journey = new JourneyPage(page);
  const value = new ValuePage(page);
  await journey.open();
  const agreeName = page.getByRole('textbox', { name: 'Name of the Agree step' });
  await agreeName.fill('Negotiate');
  await agreeName.press('Enter');
  await journey.showView('value');
  const oneSided = value.findingsOfKind('OneSidedBenefit').filter({ hasText: 'Negotiate' });
  await expect(oneSided).toHaveCount(1);
  await expect(oneSided.getByRole('button', { name: 'Show Negotiate' })).toBeVisible();
  await expect(value.findingsOfKind('OneSidedBenefit').filter({ hasText: 'Agree' })).toHaveCount(0);
});
