// Between audits in the browser, on the demo data: the certifier plans an audit of Gemeinde
// Exempeldorf (meeting held, IHK seal) and cannot send the plan while the municipality has no
// quality representatives; Exempeldorf names them, reads the plan, and the certifier sends it
// (the mail is in Exempeldorf's outbox). Stadt Musterhagen notes progress on its development
// goals and the IHK confirms the goal Musterhagen reported reached. axe on every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser.js';
import { inDays, saved, setupJourney } from './support/journey.js';

const CERTIFIER = 'leitung@ihk-musterregion.example';
const EXEMPELDORF = 'wirtschaft@exempeldorf.example';
const MUSTERHAGEN = 'wirtschaft@musterhagen.example';

const j = setupJourney('quality-goals');
let planUrl: string;

describe('audit plan and quality representatives', () => {
  let certifier: Page;
  let municipality: Page;

  it('the certifier plans a slot; without quality representatives the plan cannot be sent', async () => {
    certifier = await j.login(CERTIFIER);
    await certifier
      .getByRole('row')
      .filter({ hasText: 'Gemeinde Exempeldorf' })
      .filter({ hasText: 'Mittelstandsfreundliche' })
      .getByRole('link')
      .first()
      .click();
    await certifier.getByRole('heading', { name: /Verfahren Gemeinde Exempeldorf/ }).waitFor();
    await certifier.getByRole('tab', { name: 'Auditplan' }).click();
    planUrl = certifier.url();
    await certifier.getByRole('heading', { name: 'Termin hinzufügen' }).waitFor();
    await certifier.getByText('Die Kommune hat keine Qualitätsbeauftragten hinterlegt.', { exact: false }).waitFor();
    await expectAccessible(certifier, 'audit plan (certifier, empty)');

    await certifier.getByLabel(/^Datum/).fill(inDays(21));
    await certifier.getByLabel(/^Beginn/).fill('09:00');
    await certifier.getByLabel(/^Ende/).fill('11:30');
    await certifier.getByRole('textbox', { name: /^Dezernat \/ Fachbereich/ }).fill('Fachbereich 2 – Bauen');
    await certifier.getByRole('textbox', { name: /^Standort/ }).fill('Bauhof Exempeldorf');
    await certifier.getByRole('textbox', { name: /^Prozess/ }).fill('Winterdienst');
    await certifier.getByRole('textbox', { name: /^Normabschnitte \/ Kriterien/ }).click();
    await certifier.getByRole('option').first().click();
    await certifier.keyboard.press('Escape');
    await certifier.getByRole('button', { name: 'Termin hinzufügen' }).click();
    await saved(certifier, 'Termin hinzugefügt.');
    await certifier.getByRole('cell', { name: 'Bauhof Exempeldorf' }).waitFor();
    expect(await certifier.getByRole('button', { name: 'An Qualitätsbeauftragte senden' }).isDisabled()).toBe(true);
    await expectAccessible(certifier, 'audit plan (certifier, one slot)');
  });

  it('the municipality names its quality representatives and reads the plan', async () => {
    municipality = await j.login(EXEMPELDORF);
    await municipality.getByRole('link', { name: 'Qualitätsbeauftragte' }).click();
    await municipality.getByRole('heading', { name: 'Qualitätsbeauftragte', level: 1 }).waitFor();
    await expectAccessible(municipality, 'quality representatives (empty)');
    const add = async (department: string, name: string, email: string, central: boolean) => {
      await municipality.getByRole('textbox', { name: /^Dezernat \/ Fachbereich/ }).fill(department);
      await municipality.getByRole('textbox', { name: /^Name/ }).fill(name);
      await municipality.getByRole('textbox', { name: /^E-Mail/ }).fill(email);
      if (central) await municipality.getByRole('checkbox', { name: /^Zentrale/ }).check();
      await municipality.getByRole('button', { name: 'Hinzufügen' }).click();
      await saved(municipality, 'Qualitätsbeauftragte/r hinzugefügt.');
      await municipality.getByRole('cell', { name, exact: true }).waitFor();
    };
    await add('Bürgermeisteramt', 'Petra Zentral', 'qm@exempeldorf.example', true);
    await add('Fachbereich 2 – Bauen', 'Bernd Bauhof', 'bauen@exempeldorf.example', false);
    await municipality.getByText('Zentrale/r QM-Beauftragte/r').waitFor();
    await expectAccessible(municipality, 'quality representatives (two)');
    await screenshot(municipality, 'quality-representatives', { fullPage: true });

    await municipality.goto(planUrl);
    await municipality.getByRole('cell', { name: 'Bauhof Exempeldorf' }).waitFor();
    expect(await municipality.getByRole('heading', { name: 'Termin hinzufügen' }).count()).toBe(0);
    expect(await municipality.getByRole('button', { name: /senden/ }).count()).toBe(0);
    await expectAccessible(municipality, 'audit plan (municipality, read-only)');
  });

  it('the certifier sends the plan; the mail waits in the municipality’s outbox', async () => {
    await certifier.reload();
    await certifier.getByText('Petra Zentral', { exact: false }).waitFor();
    await certifier.getByRole('button', { name: 'An Qualitätsbeauftragte senden' }).click();
    await saved(certifier, 'Der Auditplan wurde an die Qualitätsbeauftragten gesendet.');
    await certifier.getByText(/^Zuletzt gesendet am/).waitFor();
    await expectAccessible(certifier, 'audit plan (certifier, sent)');
    await screenshot(certifier, 'audit-plan', { fullPage: true });

    await municipality.goto(`${j.server.url}/postausgang`);
    await expect.poll(() => municipality.getByRole('cell', { name: /^Auditplan .*Gemeinde Exempeldorf/ }).count()).toBe(2);
  });
});

describe('development goals between audits', () => {
  it('the municipality notes progress on a goal', async () => {
    const page = await j.login(MUSTERHAGEN);
    await page.getByRole('link', { name: 'Entwicklungsziele' }).click();
    await page.getByRole('heading', { name: 'Entwicklungsziele', level: 1 }).waitFor();
    const goal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Gewerbeflächenkataster online stellen' }) });
    await goal.getByRole('button', { name: /^Verlauf/ }).click();
    await goal.getByText('Alle 23 freien Gewerbeflächen sind erfasst', { exact: false }).waitFor();
    await expectAccessible(page, 'development goals (municipality, opened)');
    await goal.getByRole('textbox', { name: /^Was ist geschehen/ }).fill('Alle Exposés sind online.');
    await goal.getByRole('button', { name: 'Notiz speichern' }).click();
    await saved(page, 'Fortschritt gespeichert.');
    await goal.getByText('Alle Exposés sind online.').first().waitFor();
    await screenshot(page, 'development-goals', { fullPage: true });
  });

  it('the certifier confirms the goal Musterhagen reported reached', async () => {
    const page = await j.login(CERTIFIER);
    await page.getByRole('link', { name: 'Entwicklungsziele' }).click();
    const goal = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Gründungsberatung mit festen Sprechzeiten' }) })
      .filter({ hasText: 'Stadt Musterhagen' });
    await goal.getByText('als erreicht gemeldet', { exact: true }).waitFor();
    await goal.getByRole('button', { name: /^Verlauf/ }).click();
    await expectAccessible(page, 'development goals (certifier, opened)');
    await goal.getByRole('button', { name: 'Bestätigen: erreicht' }).click();
    await saved(page, 'Entscheidung gespeichert.');
    // confirmed goals leave the open list; "Alle" shows them with their state
    await page.getByText('Alle', { exact: true }).click();
    const confirmed = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Gründungsberatung mit festen Sprechzeiten' }) })
      .filter({ hasText: 'Stadt Musterhagen' });
    await confirmed.getByText('erreicht (bestätigt)', { exact: true }).waitFor();
    await expectAccessible(page, 'development goals (certifier, all)');
  });
});
