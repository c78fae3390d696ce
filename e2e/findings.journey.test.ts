// Findings and corrective actions in the browser, on a demo procedure whose meeting was held
// (Gemeinde Exempeldorf, IHK seal): the auditor records a major nonconformity with an internal
// note, the banner shows that it blocks the decision; the municipality answers, proposes an
// action and completes it without ever seeing the note; the certifier checks the action's
// effectiveness and closes the finding; the audit report downloads. axe on every state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.js';
import { inDays, saved, setupJourney } from './support/journey.js';

const CERTIFIER = 'leitung@ihk-musterregion.example';
const MUNICIPALITY = 'wirtschaft@exempeldorf.example';
const INTERNAL_NOTE = 'Intern: Amtsleitung wich den Fragen aus';

const j = setupJourney('findings');
let findingsUrl: string;

describe('findings and corrective actions', () => {
  let certifier: Page;
  let municipality: Page;

  it('the auditor records a major nonconformity; the banner says it blocks the decision', async () => {
    certifier = await j.login(CERTIFIER);
    await certifier
      .getByRole('row')
      .filter({ hasText: 'Gemeinde Exempeldorf' })
      .filter({ hasText: 'Mittelstandsfreundliche' })
      .getByRole('link')
      .first()
      .click();
    await certifier.getByRole('heading', { name: /Verfahren Gemeinde Exempeldorf/ }).waitFor();
    await certifier.getByRole('tab', { name: 'Feststellungen' }).click();
    findingsUrl = certifier.url();
    await certifier.getByRole('heading', { name: 'Feststellung erfassen' }).waitFor();
    await expectAccessible(certifier, 'findings (certifier, empty)');

    await certifier.getByRole('textbox', { name: 'Kriterium' }).click();
    await certifier.getByRole('option').first().click();
    await certifier.getByRole('textbox', { name: 'Art der Feststellung' }).click();
    await certifier.getByRole('option', { name: 'Hauptabweichung' }).click();
    await certifier.getByLabel('Beschreibung').fill('Die Lotsenfunktion ist nicht schriftlich festgelegt.');
    await certifier.getByLabel('Ursache').fill('Keine Dienstanweisung');
    await certifier.getByLabel('Interne Notiz').fill(INTERNAL_NOTE);
    await certifier.getByRole('button', { name: 'Feststellung speichern' }).click();
    await saved(certifier, 'Die Feststellung ist erfasst.');
    await certifier.getByText('Eine offene Hauptabweichung blockiert die Zertifizierungsentscheidung').waitFor();
    await certifier.getByText(INTERNAL_NOTE).waitFor();
    await expectAccessible(certifier, 'findings (certifier, one major)');
    await screenshot(certifier, 'findings-certifier', { fullPage: true });
  });

  it('the municipality answers and manages its action, and never sees the internal note', async () => {
    municipality = await j.login(MUNICIPALITY);
    await municipality.goto(findingsUrl);
    await municipality.getByText('Die Lotsenfunktion ist nicht schriftlich festgelegt.').waitFor();
    expect(await municipality.getByText(INTERNAL_NOTE).count()).toBe(0);
    expect(await municipality.content()).not.toContain(INTERNAL_NOTE);
    expect(await municipality.getByRole('heading', { name: 'Feststellung erfassen' }).count()).toBe(0);

    await municipality.getByLabel('Stellungnahme').fill('Wir erlassen eine Dienstanweisung.');
    await municipality.getByRole('button', { name: 'Stellungnahme speichern' }).click();
    await saved(municipality, 'Die Stellungnahme ist gespeichert.');

    await municipality.getByRole('button', { name: 'Maßnahme vorschlagen' }).click();
    // labels of required fields end in " *"
    await municipality.getByRole('textbox', { name: /^Maßnahme/ }).fill('Dienstanweisung Unternehmenslotse erlassen');
    await municipality.getByRole('textbox', { name: /^Verantwortlich/ }).fill('Tobias Richter');
    await municipality.getByLabel(/^Frist/).fill(inDays(30));
    await municipality.getByRole('button', { name: 'Maßnahme speichern' }).click();
    await saved(municipality, 'Die Korrekturmaßnahme ist gespeichert.');
    await expectAccessible(municipality, 'findings (municipality, action proposed)');

    await municipality.getByRole('button', { name: /^Maßnahme bearbeiten/ }).click();
    await municipality.getByRole('textbox', { name: 'Status' }).click();
    await municipality.getByRole('option', { name: 'erledigt' }).click();
    await municipality.getByRole('textbox', { name: /^Umsetzung/ }).fill('Dienstanweisung vom Bürgermeister unterzeichnet');
    await municipality.getByRole('button', { name: 'Änderungen speichern' }).click();
    await saved(municipality, 'Die Korrekturmaßnahme ist geändert.');
    await municipality.getByText('Dienstanweisung vom Bürgermeister unterzeichnet', { exact: false }).waitFor();
    await expectAccessible(municipality, 'findings (municipality, action done)');
    await screenshot(municipality, 'findings-municipality', { fullPage: true });
  });

  it('the certifier checks effectiveness, closes the finding, and the banner is gone', async () => {
    await certifier.reload();
    await certifier.getByText('Wir erlassen eine Dienstanweisung.').waitFor();
    await certifier.getByRole('radio', { name: 'wirksam', exact: true }).check();
    await certifier.getByRole('button', { name: 'Wirksamkeit festhalten' }).click();
    await saved(certifier, 'Die Wirksamkeitsprüfung ist festgehalten.');
    await certifier.getByRole('button', { name: 'Feststellung schließen' }).click();
    await saved(certifier, 'Die Feststellung ist geschlossen.');
    await expect.poll(() => certifier.getByText('Eine offene Hauptabweichung blockiert die Zertifizierungsentscheidung').count()).toBe(0);
    await expectAccessible(certifier, 'findings (certifier, closed)');
  });

  it('the audit report downloads as PDF and XLSX', async () => {
    for (const name of ['PDF (Deutsch)', 'Excel (Englisch)']) {
      const href = await municipality.getByRole('link', { name }).getAttribute('href');
      const res = await municipality.request.get(`${j.server.url}${href}`);
      expect(res.status()).toBe(200);
      const body = await res.body();
      expect(body.subarray(0, 2).toString()).toBe(name.startsWith('PDF') ? '%P' : 'PK');
      if (name.startsWith('PDF')) expect(body.toString('latin1')).not.toContain(INTERNAL_NOTE);
    }
  });
});
