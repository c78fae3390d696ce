// The compliance dashboard in Chromium on the demo data: a city's staff read their figures
// and drill down to the late cases; the district's staff compare the member cities and
// switch to one of them. axe checks every page, the trend values unfolded too.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const PASSWORD = 'Siegelwerk-Demo-2026';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function login(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/anmelden`);
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).last().click();
  await expect.poll(() => page.url()).not.toContain('/anmelden');
  return page;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // the first page load of a fresh browser on a busy machine can take longer than a step may
  const warm = await browser.newPage();
  await warm.goto(`${server.url}/anmelden`);
  await warm.getByLabel('E-Mail').waitFor({ timeout: 90_000 });
  await warm.close();
}, 180_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const pages = contexts.flatMap((c) => c.pages());
  await Promise.all(pages.map((p, i) => screenshot(p, `failed-figures-${i}`, { fullPage: true }).catch(() => undefined)));
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

describe('compliance dashboard', () => {
  it('a city reads its figures per promise, with the trend as chart and as table', async () => {
    const page = await login('wirtschaft@musterhagen.example');
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
    const page = await login('wirtschaft@musterhagen.example');
    await page.goto(`${server.url}/kennzahlen`);
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
    const page = await login('wirtschaft@kreis-musterhagen.example');
    await page.goto(`${server.url}/kennzahlen`);
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
