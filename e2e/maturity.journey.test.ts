// A digital maturity assessment (DQD) in Chromium against the built app on a fresh embedded
// database with demo data, with an axe check on every view: Stadt Musterhagen reads its released
// result; Stadt Modellfeld applies, rates itself, lists an online service and submits; the auditor
// checks the service, scores the nine dimensions and releases; the result ends with a radar chart,
// a level and the anonymous median of Modellfeld's size class.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.js';
import { localNow, saved, setupJourney } from './support/journey.js';

const SCHEME = 'Digitale Reife der Verwaltung – IHK Musterregion';

const j = setupJourney('maturity');

describe('digital maturity journey', () => {
  let municipality: Page;
  let certifier: Page;
  let assessmentUrl = '';

  it('1. Musterhagen reads its released result: level, radar chart with a table, and no comparison in a class of one', async () => {
    const page = await j.login('wirtschaft@musterhagen.example');
    await page
      .getByRole('row', { name: /Digitale Reife der Verwaltung/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Ergebnis der digitalen Reife' }).waitFor();
    await page.getByRole('img', { name: /Netzdiagramm der digitalen Reife/ }).waitFor();
    expect(await page.getByText('Wir setzen Zeichen', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByText(/Nicht genügend vergleichbare Kommunen/).waitFor();
    const table = page.getByRole('table', { name: /Reifegrad je Dimension/ });
    expect(await table.getByRole('row').count()).toBe(10);
    await page.getByRole('heading', { name: 'Nächste Schritte zu „Wir sind Vorbild“' }).waitFor();
    await expectAccessible(page, 'maturity: released result (Musterhagen)');
  });

  it('2. Modellfeld applies for the DQD assessment and the certifier accepts', async () => {
    municipality = await j.login('wirtschaft@modellfeld.example');
    await municipality.goto(`${j.server.url}/bewerben`);
    await municipality.getByLabel('Siegel und Zertifizierer').selectOption({ label: SCHEME });
    await municipality.getByLabel('Ihre Nachricht').fill('Die Stadt Modellfeld möchte ihre digitale Reife bewerten lassen.');
    await municipality.getByRole('button', { name: 'Bewerbung absenden' }).click();
    await municipality.getByRole('heading', { name: 'Verfahren Stadt Modellfeld' }).waitFor();
    assessmentUrl = municipality.url().split('?')[0]!;

    certifier = await j.login('leitung@ihk-musterregion.example');
    await certifier.goto(assessmentUrl);
    await certifier.getByLabel('Dokumentation fällig am').fill('2027-02-15');
    await certifier.getByRole('button', { name: 'Annehmen' }).click();
    await saved(certifier, 'Der Antrag wurde angenommen');
  });

  it('3. the municipality rates every dimension, states its budgets, lists an online service and submits', async () => {
    await municipality.goto(`${assessmentUrl}?schritt=reife`);
    await municipality.getByRole('heading', { name: 'Selbsteinschätzung' }).waitFor();
    await expectAccessible(municipality, 'maturity: self-assessment form (municipality)');
    const selects = municipality.getByLabel(/^Einschätzung: /);
    expect(await selects.count()).toBe(9);
    for (const select of await selects.all()) await select.selectOption({ label: 'Stufe 2 – Grundstruktur aufgebaut' });
    await municipality.getByLabel('Einschätzung: Online-Präsenz').selectOption({ label: 'Stufe 3 – im Alltag etabliert' });
    await municipality.getByLabel('Anmerkung zu „Digitalstrategie“ (optional)').fill('Strategie 2025 vom Rat beschlossen.');
    await municipality.getByLabel('Digitalbudget in Euro').fill('480000');
    await municipality.getByLabel('Gesamthaushalt in Euro').fill('48000000');
    await municipality.getByText('Anteil des Digitalbudgets am Haushalt: 1 %').waitFor();
    await municipality.getByRole('button', { name: 'Entwurf speichern' }).click();
    await saved(municipality, 'Die Selbsteinschätzung wurde gespeichert');

    await municipality.getByRole('button', { name: 'Online-Leistung hinzufügen' }).click();
    const dialog = municipality.getByRole('dialog', { name: 'Online-Leistung hinzufügen' });
    await dialog.getByRole('textbox', { name: 'Leistung', exact: true }).fill('Gewerbe anmelden');
    await dialog.getByLabel('LeiKa-Schlüssel (optional)').fill('99050012104000');
    await dialog.getByLabel('Adresse der Online-Leistung (optional)').fill('https://service.modellfeld.example/gewerbe');
    await dialog.getByLabel('Angegebene OZG-Stufe').selectOption({ label: '4 – vollständig online bis zum Bescheid' });
    await expectAccessible(municipality, 'maturity: online service dialog (municipality)');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await saved(municipality, 'Die Online-Leistung wurde gespeichert');
    await municipality.getByRole('row', { name: /Gewerbe anmelden/ }).waitFor();

    await municipality.getByRole('button', { name: 'Selbsteinschätzung einreichen' }).click();
    await municipality
      .getByRole('dialog', { name: 'Selbsteinschätzung einreichen?' })
      .getByRole('button', { name: 'Verbindlich einreichen' })
      .click();
    await saved(municipality, 'Die Selbsteinschätzung wurde eingereicht');
    await municipality.getByText(/Eingereicht am/).waitFor();
    expect(await municipality.getByLabel(/^Einschätzung: /).count()).toBe(0);
    await expectAccessible(municipality, 'maturity: submitted self-assessment (municipality)');
  });

  it('4. the auditor checks the service, holds the meeting, scores the dimensions and releases', async () => {
    await certifier.goto(`${assessmentUrl}?schritt=reife`);
    await certifier.getByRole('button', { name: 'Gewerbe anmelden prüfen' }).click();
    const dialog = certifier.getByRole('dialog', { name: /Online-Leistung prüfen/ });
    await dialog.getByLabel('Geprüfte OZG-Stufe').selectOption({ label: '3 – Online-Antrag mit Nachweisen' });
    await dialog.getByLabel('Prüfvermerk').fill('Antrag online, Bestätigung per Post.');
    await expectAccessible(certifier, 'maturity: check dialog (certifier)');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await saved(certifier, 'Die Prüfung wurde gespeichert');
    await certifier.getByText(/tatsächlich online: 1/).waitFor();

    await certifier.goto(`${assessmentUrl}?schritt=gespraech`);
    await certifier.getByLabel('Geführt am').fill(localNow());
    await certifier.getByLabel('Name 1').fill('Dr. Erika Beispiel');
    await certifier.getByLabel('Funktion 1').fill('Bürgermeisterin');
    await certifier.getByRole('button', { name: 'Gespräch speichern' }).click();
    await saved(certifier, 'Das Gespräch wurde gespeichert');
    await certifier.getByRole('button', { name: 'Gespräch abschließen' }).click();
    await saved(certifier, 'Das Gespräch wurde abgeschlossen');

    await certifier.goto(`${assessmentUrl}?schritt=ergebnis`);
    await certifier.getByRole('heading', { name: 'Bewertung der Kriterien' }).waitFor();
    for (const topic of await certifier.getByRole('button', { name: /offen\)$/ }).all()) await topic.click();
    const fieldsets = certifier.locator('form fieldset').filter({ has: certifier.getByLabel(/^Reifegrad \(0–4\)/) });
    expect(await fieldsets.count()).toBe(9);
    for (let i = 0; i < 9; i++) {
      const row = fieldsets.nth(i);
      const legend = await row.locator('legend').innerText();
      await row.getByLabel(/^Reifegrad/).fill(/Online-Präsenz|Digitalstrategie/.test(legend) ? '3' : '2');
      await row.getByRole('button', { name: 'Bewertung speichern' }).click();
      await expect.poll(() => row.getByText('Noch nicht bewertet.').count()).toBe(0);
    }
    await certifier.getByLabel('Telefonat am').fill(localNow());
    await certifier.getByLabel('Telefonat mit').fill('Frau Neumann, Stadt Modellfeld');
    await certifier.getByRole('button', { name: 'Ergebnis freigeben' }).click();
    await saved(certifier, 'Das Ergebnis wurde freigegeben');
  });

  it('5. the result ends with a radar chart, the level and the anonymous median of the size class', async () => {
    await municipality.goto(`${assessmentUrl}?schritt=reife`);
    await municipality.getByRole('heading', { name: 'Ergebnis der digitalen Reife' }).waitFor();
    await municipality.getByRole('img', { name: /Netzdiagramm der digitalen Reife/ }).waitFor();
    expect(await municipality.getByText('Wir setzen Zeichen', { exact: true }).count()).toBeGreaterThan(0);
    await municipality.getByText(/Median von 4 anderen Kommunen der Größenklasse 10\.000 bis 49\.999 Einwohner/).waitFor();
    const table = municipality.getByRole('table', { name: /Reifegrad je Dimension/ });
    await table.getByRole('columnheader', { name: 'Median der Größenklasse' }).waitFor();
    await municipality.getByRole('heading', { name: 'Nächste Schritte zu „Wir sind Vorbild“' }).waitFor();
    // no other municipality is named anywhere on the page
    const text = await municipality.locator('main').innerText();
    expect(text).not.toMatch(/Exempeldorf|Beispielhausen|Musterstein|Exempelrode/);
    await expectAccessible(municipality, 'maturity: released result with comparison (municipality)');
    await municipality.getByRole('heading', { name: 'Ergebnis der digitalen Reife' }).scrollIntoViewIfNeeded();
    await screenshot(municipality, 'maturity-result');
  });
});
