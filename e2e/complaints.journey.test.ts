// The complaint office in Chromium: a business files a complaint on the public form (too
// fast first, then accepted), the city's staff walk it through the ISO 10002 steps and
// erase the personal data; axe checks every page and the erase dialog.
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.js';
import { DEMO_PASSWORD, inDays, setupJourney } from './support/journey.js';

const STAFF = 'wirtschaft@musterhagen.example';

const j = setupJourney('complaints');

/** The administration's id, as the link on its service page would carry it. */
async function organizationIdOf(email: string): Promise<string> {
  const res = await fetch(`${j.server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { organization: { id: string } }).organization.id;
}

describe('complaint office journey', () => {
  let number = '';

  it('a business files a complaint on the public form', async () => {
    const page = await j.newPage();
    await page.goto(`${j.server.url}/beschwerde/${await organizationIdOf(STAFF)}`);
    await page.getByRole('heading', { level: 1, name: /Beschwerde, Anregung oder Lob an Stadt Musterhagen/ }).waitFor();
    await expectAccessible(page, 'public complaint form');
    // the honeypot is neither announced nor reachable by keyboard
    const honeypot = page.locator('input[name="website"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.evaluate((el) => el.closest('[aria-hidden="true"]') !== null)).toBe(true);

    await page
      .getByLabel('Ihr Anliegen')
      .fill('Unsere Gewerbeanmeldung liegt seit einer Woche unbearbeitet, versprochen war ein Arbeitstag.');
    await page.getByLabel('Name').fill('Erika Mustermann');
    await page.getByLabel('E-Mail-Adresse').fill('erika@example.org');
    await page.getByRole('button', { name: 'Absenden' }).click();
    // contact data without consent: the page says so before anything is sent
    await page.getByText('Bitte willigen Sie ein').first().waitFor();
    await screenshot(page, 'complaint-public-form', { fullPage: true });
    await page.getByLabel(/Ich bin einverstanden/).check();
    await page.waitForTimeout(3_500); // people take longer than 3 seconds; the server checks it
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText('Vielen Dank!').waitFor();
    number = (await page.getByText(/^B-\d{4}-\d{4}$/).textContent()) ?? '';
    expect(number).toMatch(/^B-\d{4}-\d{4}$/);
    await expectAccessible(page, 'public complaint form: thanks');
  });

  it('staff walk it through the ISO 10002 steps and erase the personal data', async () => {
    const page = await j.login(STAFF);
    await page.getByRole('link', { name: 'Beschwerden' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Beschwerdestelle' }).waitFor();
    await page.getByRole('link', { name: number }).waitFor();
    await expectAccessible(page, 'complaint list');
    await screenshot(page, 'complaint-list', { fullPage: true });
    await page.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { level: 1, name: `Beschwerde ${number}` }).waitFor();
    await expectAccessible(page, 'complaint detail: received');

    await page.getByRole('button', { name: 'Eingang bestätigen' }).click();
    await page.getByRole('heading', { name: 'Nächster Schritt: Bewertung' }).waitFor();
    await page.getByLabel('Schwere').selectOption({ label: 'hoch' });
    await page.getByRole('textbox', { name: 'Bewertung' }).fill('Versprechen 3 (Gewerbeanmeldung in 1 Arbeitstag) gebrochen.');
    await page.getByLabel('Zuständig').selectOption({ index: 1 });
    await page.getByLabel('Antwort fällig am').fill(inDays(14));
    await expectAccessible(page, 'complaint detail: assess form');
    await page.getByRole('button', { name: 'Bewertung speichern' }).click();

    await page.getByRole('heading', { name: 'Nächster Schritt: Prüfung' }).waitFor();
    await page.getByLabel('Ergebnis der Prüfung').fill('Die Vertretung im Gewerbeamt war nicht geregelt.');
    await page.getByRole('button', { name: 'Prüfung festhalten' }).click();
    await page.getByRole('heading', { name: 'Nächster Schritt: Antwort' }).waitFor();
    await page
      .getByRole('textbox', { name: 'Antwort', exact: true })
      .fill('Ihre Anmeldung ist bearbeitet; wir haben die Vertretung geregelt.');
    await page.getByRole('button', { name: 'Antwort speichern' }).click();
    await page.getByRole('heading', { name: 'Nächster Schritt: Entscheidung mitgeteilt' }).waitFor();
    await page.getByRole('button', { name: 'Mitteilung festhalten' }).click();
    await page.getByRole('heading', { name: 'Nächster Schritt: Abschluss' }).waitFor();
    await page.getByLabel('Zufriedenheit').selectOption({ label: '4 – zufrieden' });
    await page.getByLabel('Ursache').selectOption({ label: 'Frist nicht eingehalten' });
    await page.getByRole('button', { name: 'Abschließen' }).click();
    await page.getByText('Alle Schritte sind erledigt.').waitFor();
    await expectAccessible(page, 'complaint detail: closed');
    await screenshot(page, 'complaint-detail', { fullPage: true });

    await page.getByRole('button', { name: 'Personenbezogene Daten löschen …' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'complaint detail: erase dialog');
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.getByText('Die personenbezogenen Daten wurden am').waitFor();
    expect(await page.getByText('Erika Mustermann').count()).toBe(0);
  });

  it('staff enter a phone call', async () => {
    const page = await j.login(STAFF);
    await page.goto(`${j.server.url}/beschwerden/neu`);
    await page.getByRole('heading', { level: 1, name: 'Beschwerde erfassen' }).waitFor();
    await expectAccessible(page, 'complaint entry');
    await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Lob' });
    await page.getByLabel('Ihr Anliegen').fill('Lob für die schnelle Bauberatung.');
    await page.getByLabel('Anonym bleiben').check();
    await page.getByRole('button', { name: 'Erfassen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Lob B-\d{4}-\d{4}$/ }).waitFor();
  });
});
