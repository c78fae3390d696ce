// The certificate cycle of ISO 9001 in Chromium against the built app on a fresh embedded
// database with demo data (src/server/demo/seed-cycle.ts), with an axe check on every page:
// Kreis Musterhagen's first surveillance audit is due; the certifier starts it, the auditor
// records the meeting and a minor nonconformity, the district answers it and completes a
// corrective action, the auditor finds the action effective and closes the finding, the
// certifier releases and the certificate is maintained. Stadt Beispielberg missed its second
// surveillance audit: its certificate is suspended, on its page and in the public registry.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.js';
import { inDays, localNow, saved, setupJourney } from './support/journey.js';

const CERTIFIER = 'leitung@ihk-musterregion.example';
const AUDITOR = 'audit@ihk-musterregion.example';
const DISTRICT = 'wirtschaft@kreis-musterhagen.example';
const ISO = 'Qualitätsmanagement nach ISO 9001:2015';
const FINDING = 'Das interne Auditprogramm deckt den Bauhof als Außenstelle nicht ab.';
const INTERNAL_NOTE = 'Intern: Auditprogramm erst auf Nachfrage vorgelegt';

const j = setupJourney('iso-cycle');

/** The overview row of one municipality's ISO certificate. */
function isoRow(page: Page, municipality: string): Locator {
  return page.getByRole('row').filter({ hasText: municipality }).filter({ hasText: ISO });
}

describe('ISO 9001 certificate cycle', () => {
  let certifier: Page;
  let auditor: Page;
  let district: Page;
  let certificateUrl = '';
  let assessmentUrl = '';

  it('1. the certifier sees the first surveillance audit due and starts it as a copy of the last audit', async () => {
    certifier = await j.login(CERTIFIER);
    await certifier.getByRole('link', { name: 'Zertifikate', exact: true }).click();
    await certifier.getByRole('heading', { name: 'Zertifikate', level: 1 }).waitFor();
    const row = isoRow(certifier, 'Kreis Musterhagen');
    await row.waitFor();
    await row.getByText('Audit fällig', { exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Überwachungsaudit 1', exact: true }).waitFor();
    await expectAccessible(certifier, 'certificate overview (certifier)');
    await screenshot(certifier, 'certificate-overview');

    await row.getByRole('link').click();
    const cycle = certifier.getByRole('region', { name: 'Zertifizierungszyklus' });
    await cycle.waitFor();
    certificateUrl = certifier.url();
    for (const audit of ['Überwachungsaudit 1', 'Überwachungsaudit 2', 'Rezertifizierung'])
      await cycle.getByRole('cell', { name: audit, exact: true }).waitFor();
    await cycle.getByText('Audit fällig', { exact: true }).waitFor();
    await expectAccessible(certifier, 'certificate with its cycle (certifier)');
    await screenshot(certifier, 'certificate-cycle', { fullPage: true });

    await cycle.getByRole('button', { name: 'Überwachungsaudit 1 beginnen' }).click();
    await certifier.getByRole('heading', { name: 'Verfahren Kreis Musterhagen', level: 1 }).waitFor();
    await expect.poll(() => certifier.url()).toMatch(/\/verfahren\/[0-9a-f-]{36}/);
    assessmentUrl = certifier.url().split('?')[0]!;
    // the copy: round 2 of the same catalog version, the documentation carried over, no score
    await certifier.getByText(/^Runde 2 · Prüfbogen 2015\.1/).waitFor();
    await certifier.getByRole('link', { name: 'Zur vorherigen Runde' }).waitFor();
    await certifier.getByRole('button', { name: /^4 Kontext der Organisation/ }).click();
    await certifier.getByText('Der Anwendungsbereich umfasst alle Dezernate mit ihren Außenstellen', { exact: false }).first().waitFor();
    await expectAccessible(certifier, 'surveillance audit started (certifier)');
  });

  it('2. the auditor records the meeting and a minor nonconformity, then scores the sub-clauses', async () => {
    auditor = await j.login(AUDITOR);
    await auditor.goto(`${assessmentUrl}?schritt=gespraech`);
    await auditor.getByRole('heading', { name: 'Gespräch erfassen' }).waitFor();
    await auditor.getByLabel('Geführt am').fill(localNow());
    await auditor.getByLabel('Name 1').fill('Dr. Helga Beispiel');
    await auditor.getByLabel('Funktion 1').fill('Kreisdirektorin');
    await auditor.getByRole('button', { name: 'Teilnehmer/in hinzufügen' }).click();
    await auditor.getByLabel('Name 2').fill('Claudia Becker');
    await auditor.getByLabel('Funktion 2').fill('Qualitätsmanagementbeauftragte');
    await auditor.getByLabel('Zusammenfassung').fill('Überwachungsaudit nach Auditplan: Kreishaus, Straßenmeisterei und Kreisarchiv.');
    await auditor.getByRole('button', { name: 'Gespräch speichern' }).click();
    await saved(auditor, 'Das Gespräch wurde gespeichert');
    await expectAccessible(auditor, 'surveillance audit: meeting (auditor)');

    await auditor.getByRole('tab', { name: 'Feststellungen' }).click();
    await auditor.getByRole('heading', { name: 'Feststellung erfassen' }).waitFor();
    await auditor.getByRole('textbox', { name: 'Kriterium' }).fill('9.2');
    await auditor.getByRole('option', { name: /^9\.2 – Internes Audit/ }).click();
    await auditor.getByRole('textbox', { name: 'Art der Feststellung' }).click();
    await auditor.getByRole('option', { name: 'Nebenabweichung' }).click();
    await auditor.getByLabel('Beschreibung').fill(FINDING);
    await auditor.getByLabel('Nachweis').fill('Auditprogramm 2026, Stand März');
    await auditor.getByLabel('Ursache').fill('Das Auditprogramm wurde ohne die Liste der Standorte erstellt.');
    await auditor.getByLabel('Interne Notiz').fill(INTERNAL_NOTE);
    await auditor.getByRole('button', { name: 'Feststellung speichern' }).click();
    await saved(auditor, 'Die Feststellung ist erfasst.');
    const finding = auditor.getByRole('listitem').filter({ hasText: FINDING });
    await finding.getByText('Nebenabweichung', { exact: true }).waitFor();
    await finding.getByText(INTERNAL_NOTE).waitFor();
    // a minor nonconformity does not block the decision (only an open major one does)
    expect(await auditor.getByText(/blockiert die Zertifizierungsentscheidung/).count()).toBe(0);
    await expectAccessible(auditor, 'surveillance audit: findings (auditor)');

    await auditor.getByRole('tab', { name: 'Auditierungsgespräch' }).click();
    await auditor.getByRole('button', { name: 'Gespräch abschließen' }).click();
    await saved(auditor, 'Das Gespräch wurde abgeschlossen');

    await auditor.goto(`${assessmentUrl}?schritt=ergebnis`);
    await auditor.getByRole('heading', { name: 'Bewertung der Kriterien' }).waitFor();
    for (const topic of await auditor.getByRole('button', { name: /offen\)$/ }).all()) await topic.click();
    const fieldsets = auditor.locator('form fieldset').filter({ has: auditor.getByLabel('Feststellung', { exact: true }) });
    const count = await fieldsets.count();
    expect(count).toBe(28);
    for (let i = 0; i < count; i++) {
      const row = fieldsets.nth(i);
      const minor = (await row.locator('legend').innerText()).startsWith('9.2');
      await row.getByLabel('Feststellung', { exact: true }).selectOption({ label: minor ? 'Nebenabweichung' : 'konform' });
      await row.getByRole('button', { name: 'Bewertung speichern' }).click();
      await expect.poll(() => row.getByText('Noch nicht bewertet.').count()).toBe(0);
    }
    await expect.poll(() => auditor.getByText('bestanden', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(auditor, 'surveillance audit: scoring (auditor)');
  });

  it('3. the district answers the finding without seeing the internal note and completes a corrective action', async () => {
    district = await j.login(DISTRICT);
    await district.goto(`${assessmentUrl}?schritt=feststellungen`);
    await district.getByText(FINDING).waitFor();
    expect(await district.getByText(INTERNAL_NOTE).count()).toBe(0);
    expect(await district.content()).not.toContain(INTERNAL_NOTE);
    expect(await district.getByRole('heading', { name: 'Feststellung erfassen' }).count()).toBe(0);

    await district
      .getByLabel('Stellungnahme')
      .fill('Der Bauhof wird in das Auditprogramm aufgenommen und noch in diesem Quartal intern auditiert.');
    await district.getByRole('button', { name: 'Stellungnahme speichern' }).click();
    await saved(district, 'Die Stellungnahme ist gespeichert.');

    await district.getByRole('button', { name: 'Maßnahme vorschlagen' }).click();
    // labels of required fields end in " *"
    await district.getByRole('textbox', { name: /^Maßnahme/ }).fill('Auditprogramm um alle Außenstellen ergänzen');
    await district.getByRole('textbox', { name: /^Verantwortlich/ }).fill('Claudia Becker');
    await district.getByLabel(/^Frist/).fill(inDays(21));
    await district.getByRole('button', { name: 'Maßnahme speichern' }).click();
    await saved(district, 'Die Korrekturmaßnahme ist gespeichert.');
    await expectAccessible(district, 'surveillance audit: findings (district, action proposed)');

    await district.getByRole('button', { name: /^Maßnahme bearbeiten/ }).click();
    await district.getByRole('textbox', { name: 'Status' }).click();
    await district.getByRole('option', { name: 'erledigt' }).click();
    await district
      .getByRole('textbox', { name: /^Umsetzung/ })
      .fill('Auditprogramm 2026 um Bauhof und Kreisarchiv ergänzt, vom Verwaltungsvorstand freigegeben');
    await district.getByRole('button', { name: 'Änderungen speichern' }).click();
    await saved(district, 'Die Korrekturmaßnahme ist geändert.');
    await district.getByText('Auditprogramm 2026 um Bauhof und Kreisarchiv ergänzt', { exact: false }).waitFor();
    await expectAccessible(district, 'surveillance audit: findings (district, action done)');
  });

  it('4. the auditor finds the action effective and closes the finding; the certifier releases and the certificate is maintained', async () => {
    await auditor.goto(`${assessmentUrl}?schritt=feststellungen`);
    await auditor.getByText('Der Bauhof wird in das Auditprogramm aufgenommen', { exact: false }).waitFor();
    await auditor.getByRole('radio', { name: 'wirksam', exact: true }).check();
    await auditor.getByRole('button', { name: 'Wirksamkeit festhalten' }).click();
    await saved(auditor, 'Die Wirksamkeitsprüfung ist festgehalten.');
    await auditor.getByRole('button', { name: 'Feststellung schließen' }).click();
    await saved(auditor, 'Die Feststellung ist geschlossen.');
    await auditor.getByRole('listitem').filter({ hasText: FINDING }).getByText('geschlossen', { exact: true }).waitFor();
    await expectAccessible(auditor, 'surveillance audit: findings (auditor, closed)');
    // from the top, so the fixed header is drawn where it belongs in the full-page picture
    await auditor.evaluate(() => window.scrollTo(0, 0));
    await screenshot(auditor, 'findings-minor', { fullPage: true });

    await certifier.goto(`${assessmentUrl}?schritt=ergebnis`);
    await certifier.getByRole('heading', { name: 'Ergebnis freigeben' }).waitFor();
    await certifier.getByLabel('Telefonat am').fill(localNow());
    await certifier.getByLabel('Telefonat mit').fill('Claudia Becker, Kreis Musterhagen');
    await certifier.getByRole('button', { name: 'Ergebnis freigeben' }).click();
    await saved(certifier, 'Das Ergebnis wurde freigegeben');
    await certifier.getByRole('heading', { name: 'Freigegebenes Ergebnis' }).waitFor();
    await expectAccessible(certifier, 'surveillance audit: released (certifier)');

    await certifier.goto(certificateUrl);
    const cycle = certifier.getByRole('region', { name: 'Zertifizierungszyklus' });
    const first = cycle.getByRole('row').filter({ has: certifier.getByRole('cell', { name: 'Überwachungsaudit 1', exact: true }) });
    await first.getByRole('cell', { name: 'Zertifikat bestätigt', exact: true }).waitFor();
    await cycle.getByText('gültig', { exact: true }).waitFor();
    // the cycle moves on: the next audit owed is the second surveillance
    await cycle.getByRole('button', { name: 'Überwachungsaudit 2 beginnen' }).waitFor();
    await expectAccessible(certifier, 'certificate maintained (certifier)');
  });

  it('5. a missed second surveillance: Beispielberg’s certificate is suspended, in the public registry too', async () => {
    await certifier.getByRole('link', { name: 'Zertifikate', exact: true }).click();
    const row = isoRow(certifier, 'Stadt Beispielberg');
    await row.getByText('ausgesetzt', { exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Überwachungsaudit 2', exact: true }).waitFor();
    await isoRow(certifier, 'Kreis Musterhagen').getByText('gültig', { exact: true }).waitFor();
    await row.getByRole('link').click();
    const cycle = certifier.getByRole('region', { name: 'Zertifizierungszyklus' });
    await cycle.getByText('ausgesetzt', { exact: true }).waitFor();
    await cycle.getByText(/^Überwachungsaudit 2 nicht bis \d{2}\.\d{2}\.\d{4} durchgeführt/).waitFor();
    const missed = cycle.getByRole('row').filter({ has: certifier.getByRole('cell', { name: 'Überwachungsaudit 2', exact: true }) });
    await missed.getByText('(überfällig)').waitFor();
    await cycle.getByRole('row').filter({ hasText: 'Überwachungsaudit 1' }).getByText('Zertifikat bestätigt').waitFor();
    await expectAccessible(certifier, 'suspended certificate (certifier)');

    const visitor = await j.newPage();
    await visitor.goto(`${j.server.url}/verzeichnis`);
    // a row is named by its municipality (the row header); the district has a column of its own
    const entry = (name: string) =>
      visitor
        .getByRole('row')
        .filter({ has: visitor.getByRole('rowheader', { name, exact: true }) })
        .filter({ hasText: ISO });
    await entry('Stadt Beispielberg').getByText('ausgesetzt', { exact: true }).waitFor();
    expect(await entry('Kreis Musterhagen').innerText()).toContain('gültig');
    await expectAccessible(visitor, 'public registry with a suspended certificate');
    await screenshot(visitor, 'registry-suspended');
  });
});
