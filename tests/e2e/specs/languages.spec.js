// Sightline in the visitor's language: the browser's language on a first visit, the picker at
// any time (without losing the open editor or the undo history), kept across a reload, and
// Russian counts in their plural forms.
import { test, expect } from '@playwright/test';
import { JourneyPage } from '../pages/journey-page.js';
import { LibraryPage } from '../pages/library-page.js';

/** What a first visit shows in each language: the interface's and the sample's texts come from its own table. */
const firstVisits = [
  {
    locale: 'fr-FR', lang: 'fr', undo: 'Annuler', firstStep: 'Explorer',
    finding: 'Potentiel non réalisé', touchpoint: "Ligne d'assistance entreprises", chart: 'Valeur le long du parcours',
    removed: /L'étape «\u00a0Réaliser\u00a0» et ses 4 points de contact ont été retirés/,
  },
  {
    locale: 'ru-RU', lang: 'ru', undo: 'Отменить', firstStep: 'Исследование',
    finding: 'Нереализованный потенциал', touchpoint: 'Линия поддержки для бизнеса', chart: 'Ценность на протяжении пути',
    removed: /Этап «Реализация» удалён вместе с 4 точками контакта/,
  },
  {
    locale: 'zh-CN', lang: 'zh', undo: '撤销', firstStep: '探索',
    finding: '未实现的潜力', touchpoint: '企业客服热线', chart: '旅程中的价值',
    removed: /已移除步骤“实现”及其 4 个接触点/,
  },
];

/** The names the step headers show, left to right. */
async function stepNames(journey) {
  return journey.stepColumns.locator('input.step__name').evaluateAll((inputs) => inputs.map((i) => i.value));
}

for (const visit of firstVisits) {
  test.describe(`a first visit in ${visit.locale}`, () => {
    test.use({ locale: visit.locale });

    test(`shows Sightline in ${visit.lang}`, async ({ page }) => {
      const journey = new JourneyPage(page);
      await journey.open();
      await expect(page.locator('html')).toHaveAttribute('lang', visit.lang);
      await expect(page.getByTestId('language')).toHaveValue(visit.lang);
      await expect(page.getByTestId('undo')).toHaveText(visit.undo);
      expect((await stepNames(journey))[0]).toBe(visit.firstStep);
      // The sample itself is in the visitor's language.
      await expect(page.getByTestId('touchpoint').filter({ hasText: visit.touchpoint }).first()).toBeVisible();
      await expect(page.getByTestId('touchpoint').filter({ hasText: 'Business support line' })).toHaveCount(0);
      await journey.showView('value');
      await expect(page.getByTestId('finding').filter({ hasText: visit.finding }).first()).toBeVisible();
      await expect(page.getByTestId('chart-value-along-journey').locator('summary')).toHaveText(visit.chart);
      await journey.showView('map');

      // A notice: removing the last step says what went with it.
      const last = journey.stepColumns.last();
      await last.getByTestId('step-menu').locator('summary').click();
      await last.getByTestId('step-remove').click();
      await expect(journey.notices.filter({ hasText: visit.removed })).toBeVisible();
    });
  });
}

test('the picker switches the language while an editor is open and keeps the undo history', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await journey.addTouchpoint('offer', 'consumer-actions', 'Compares three offers');
  await expect(journey.editor).toBeVisible();

  await page.getByTestId('language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The same editor, on the same touchpoint, now in French.
  await expect(journey.editor).toBeVisible();
  await expect(journey.editor.getByRole('heading')).toHaveText('Point de contact');
  await expect(journey.nameField).toHaveValue('Compares three offers');
  // The picker keeps the focus through the redraw.
  await expect(page.getByTestId('language')).toBeFocused();

  // The history is intact: undo takes back the typing, then the new touchpoint.
  const undo = page.getByTestId('undo');
  await expect(undo).toHaveText('Annuler');
  // (The touchpoint was named when it was made, in English: a journey's texts are the user's.)
  const cards = journey.touchpoints('offer', 'consumer-actions');
  await undo.click();
  await expect(cards.filter({ hasText: 'New touchpoint' })).toHaveCount(1);
  await undo.click();
  await expect(cards.filter({ hasText: /Compares three offers|New touchpoint/ })).toHaveCount(0);
  await expect(page.getByTestId('redo')).toBeEnabled();
});

test('the chosen language survives a reload and overrides the browser', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await page.getByTestId('language').selectOption('ru');
  await expect(page.getByTestId('undo')).toHaveText('Отменить');
  await journey.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('language')).toHaveValue('ru');
  await expect(page.getByTestId('undo')).toHaveText('Отменить');
  // Each choice is named in its own language.
  await expect(page.getByTestId('language').locator('option')).toHaveText(['English', 'Français', 'Русский', '中文']);
});

test.describe('Russian counts', () => {
  test.use({ locale: 'ru-RU' });

  test('step summaries say 1 точка, 3 точки, 5 точек', async ({ page }) => {
    const journey = new JourneyPage(page);
    await journey.open();
    // The sample: Engage has 3 touchpoints, Agree 5.
    const summary = (stage) => page.locator(`[data-testid="step-column"][data-stage="${stage}"] .step__summary`);
    await expect(summary('engage')).toHaveText(/^3 точки контакта/);
    await expect(summary('agree')).toHaveText(/^5 точек контакта/);

    // A blank journey, then one touchpoint in its first step.
    await page.getByTestId('open-library').click();
    await page.locator('[data-testid="new-journey"][data-template="blank"]').click();
    await expect(summary('explore')).toHaveText('Нет точек контакта');
    await journey.addTouchpoint('explore', 'consumer-actions', 'Звонок');
    await expect(summary('explore')).toHaveText(/^1 точка контакта/);
  });
});

/** The incident resolution template's touchpoints in English, none of which a Russian user should see. */
const incidentTouchpointsInEnglish = [
  'Sales team works around lost e-mail', 'Report the incident on the portal', 'Log the ticket and acknowledge it',
  'Agree priority and target time', 'Classify and route to resolvers', 'Reschedule client calls',
  'Send logs and screenshots', 'Reproduce the fault and find its cause', 'Vendor checks the mail gateway',
  'Apply and test the fix', 'Emergency change approval', 'E-mail works again', 'Ask the user to confirm the fix',
  'Confirm that service is restored', 'Close the ticket with resolution notes', 'Rate the support received',
  'Post-incident review', 'Remove the root cause', 'Update the knowledge base', 'Update the continuity plan',
];

test('a template started in Russian is written in Russian', async ({ page }) => {
  const journey = new JourneyPage(page);
  await journey.open();
  await page.getByTestId('language').selectOption('ru');
  const library = new LibraryPage(page);
  await library.open();
  await library.createFrom('incident-resolution');

  await expect(library.journeyName).toHaveValue('Решение инцидента: не работает почта отдела продаж');
  expect(await stepNames(journey)).toEqual(
    ['Обращение', 'Сортировка', 'Диагностика', 'Решение', 'Подтверждение', 'Закрытие', 'Разбор'],
  );
  const cards = page.getByTestId('touchpoint');
  await expect(cards).toHaveCount(incidentTouchpointsInEnglish.length);
  for (const name of ['Сообщить об инциденте на портале', 'Почта снова работает', 'Разбор после инцидента']) {
    await expect(cards.filter({ hasText: name })).toHaveCount(1);
  }
  for (const name of incidentTouchpointsInEnglish) {
    await expect(cards.filter({ hasText: name })).toHaveCount(0);
  }
});
