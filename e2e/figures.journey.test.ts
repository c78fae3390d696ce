// The compliance dashboard in Chromium on the demo data: a city's staff read their figures
// and drill down to the late cases; the district's staff compare the member cities and
// switch to one of them. axe checks every page, the trend values unfolded too.
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.js';
import { setupJourney } from './support/journey.js';

const j = setupJourney('figures', { warmUp: true });

describe('compliance dashboard', () => {
  it('a city reads its figures per promise, with the trend as chart and as table', async () => {
    const page = await j.login('wirtschaft@musterhagen.example');
    await page.getByRole('link', { name: 'Kennzahlen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Kennzahlen der Serviceversprechen' }).count()).toBe(1);
    const table = page.getByRole('table', { name: /Kennzahlen je Versprechen für Stadt Musterhagen/ });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(5);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Verlauf' }).count()).toBe(1);
    await expectAccessible(page, 'figures (city)');
    await screenshot(page, 'figures-city', { fullPage: true });
    await page.getByText('Werte als Tabelle').first().click();
    await expectAccessible(page, 'figures (city, trend values open)');
  });

  it('drills down from a count of late cases to the cases behind it', async () => {
    const page = await j.login('wirtschaft@musterhagen.example');
    await page.goto(`${j.server.url}/kennzahlen`);
    const late = page.getByRole('link', { name: /Fälle anzeigen: verspätet/ }).first();
    await late.waitFor();
    const label = (await late.getAttribute('aria-label')) ?? '';
    const count = Number(/(\d+) Fälle/.exec(label)?.[1]);
    await late.click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Fälle hinter den Kennzahlen' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Fälle' }).textContent()).toBe(`${count} Fälle`);
    await expect.poll(() => page.getByRole('cell', { name: 'verspätet', exact: true }).count()).toBe(Math.min(count, 50));
    await expectAccessible(page, 'figures drill-down');
  });

  it('the district compares its member cities and switches to one', async () => {
    const page = await j.login('wirtschaft@kreis-musterhagen.example');
    await page.goto(`${j.server.url}/kennzahlen`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Je Verwaltung' }).count()).toBe(1);
    const perAdministration = page.getByRole('table', { name: /je Verwaltung/ });
    await expect.poll(() => perAdministration.getByRole('rowheader', { name: 'Stadt Musterhagen' }).count()).toBe(1);
    await expectAccessible(page, 'figures (district)');
    await screenshot(page, 'figures-district', { fullPage: true });
    await page.getByLabel('Ansicht').selectOption({ label: 'Stadt Musterhagen' });
    await expect.poll(() => page.getByRole('table', { name: /Kennzahlen je Versprechen für Stadt Musterhagen/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Je Verwaltung' }).count()).toBe(0);
    await expectAccessible(page, 'figures (district, one city)');
  });
});
