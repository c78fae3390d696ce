// Stadt Musterhagen imports cases from a CSV file in Chromium against the built app on a
// fresh embedded database with demo data: the import page, the upload, the progress view
// that polls until the background job is done, and the line errors — axe on each page.
import { expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.js';
import { DEMO_PASSWORD, setupJourney } from './support/journey.js';

const EMAIL = 'wirtschaft@musterhagen.example';

const j = setupJourney('imports');

/** A promise of its own, so the journey does not depend on which promises the demo data holds. */
async function createPromise() {
  const login = await fetch(`${j.server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('sw_session='))!
    .split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${j.server.url}/api/v1/promises`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({
      key: 'import-gewerbe',
      title: 'Gewerbeanmeldung (Import)',
      area: 'trade_registration',
      startEvent: 'Eingang',
      stopEvent: 'Erledigung',
      amount: 1,
      unit: 'working_days',
      criterionRefs: [],
    }),
  });
  expect(res.status).toBe(201);
}

it('staff upload a CSV, follow its progress and read the faulty rows', async () => {
  await createPromise();
  const page = await j.login(EMAIL);

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Fälle importieren' }).isVisible()).toBe(true);
  await expectAccessible(page, 'import');

  const csv = [
    'Aktenzeichen;Versprechen;Eingang;Erledigt am;Betreff;Unternehmen',
    'E2E-1;import-gewerbe;2026-01-12;2026-01-13;Anmeldung Café;Café am Markt',
    'E2E-2;import-gewerbe;;;Ohne Eingang;Fehlerhaft GmbH',
    'E2E-3;import-gewerbe;13.01.2026 10:15;;Anmeldung Werkstatt;Werkstatt Nord',
  ].join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'faelle.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Hochladen und importieren' }).click();
  await expect.poll(() => page.url()).toMatch(/\/import\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByText('Fertig', { exact: true }).isVisible(), { timeout: 60_000 }).toBe(true);
  await expect.poll(() => page.getByText('3 von 3 Zeilen verarbeitet', { exact: false }).isVisible()).toBe(true);
  await expect.poll(() => page.getByText('Zeile 3: Eingangsdatum fehlt').isVisible()).toBe(true);
  await expectAccessible(page, 'import detail');
  await screenshot(page, 'import-detail', { fullPage: true });

  await page.getByRole('link', { name: 'Zurück zu allen Importen' }).click();
  await expect.poll(() => page.getByRole('link', { name: 'faelle.csv' }).isVisible()).toBe(true);
  await expectAccessible(page, 'import list');
});
