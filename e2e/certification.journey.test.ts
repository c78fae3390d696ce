// Certifier and municipality walk the certification process of the IHK seal, steps 1–7,
// in Chromium against the built app on a fresh embedded database, with an axe check on
// every page visited. Stadt Modellfeld has no procedure in the demo data: it applies here.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../test/support/files.js';
import { expectAccessible, screenshot } from './support/browser.js';
import { localNow, saved, setupJourney } from './support/journey.js';

const MUNICIPALITY = 'wirtschaft@modellfeld.example';
const CERTIFIER = 'leitung@ihk-musterregion.example';

const j = setupJourney('certification');
const login = (email: string) => j.login(email, { axeOnLoginPage: true });

describe('certification journey: application to released certificate', () => {
  let municipality: Page;
  let certifier: Page;
  let assessmentUrl = '';

  it('1. the contact person applies informally and is named as contact', async () => {
    municipality = await login(MUNICIPALITY);
    await expectAccessible(municipality, 'municipality assessment list');
    await municipality.getByRole('link', { name: 'Um ein Siegel bewerben' }).first().click();
    await municipality.getByRole('heading', { name: 'Um ein Siegel bewerben', level: 1 }).waitFor();
    await expectAccessible(municipality, 'apply');
    await municipality.getByLabel('Siegel und Zertifizierer').selectOption({ label: 'Mittelstandsfreundliche Kommune – IHK Musterregion' });
    await municipality
      .getByLabel('Ihre Nachricht')
      .fill('Die Stadt Modellfeld möchte sich 2027 um das Siegel bewerben. Ansprechpartnerin ist die Wirtschaftsförderung.');
    await municipality.getByLabel('Telefon für Rückfragen (optional)').fill('02361 4711');
    await municipality.getByRole('button', { name: 'Bewerbung absenden' }).click();
    await municipality.getByRole('heading', { name: 'Verfahren Stadt Modellfeld' }).waitFor();
    assessmentUrl = municipality.url().split('?')[0]!;
    await expect.poll(() => municipality.getByText('beantragt', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(municipality, 'assessment: application (municipality)');
  });

  it('2. the certifier accepts, sets the timeline and offers the documentation table', async () => {
    certifier = await login(CERTIFIER);
    await expectAccessible(certifier, 'certifier assessment list');
    await screenshot(certifier, 'assessment-list');
    await certifier
      .getByRole('row', { name: /Stadt Modellfeld/ })
      .getByRole('link')
      .first()
      .click();
    await certifier.getByRole('heading', { name: 'Annehmen' }).waitFor();
    await expectAccessible(certifier, 'assessment: application (certifier)');
    await certifier.getByLabel('Dokumentation fällig am').fill('2027-02-15');
    await certifier.getByLabel('Gesprächstermin (optional)').fill('2027-03-01T10:00');
    await certifier.getByLabel('Ort des Gesprächs (optional)').fill('Rathaus Modellfeld, Sitzungssaal');
    await certifier.getByRole('button', { name: 'Annehmen' }).click();
    await saved(certifier, 'Der Antrag wurde angenommen');
    await certifier.getByRole('tab', { name: 'Dokumentation' }).click();
    const download = await Promise.all([
      certifier.waitForEvent('download'),
      certifier.getByRole('link', { name: /Dokumentationstabelle herunterladen/ }).click(),
    ]).then(([d]) => d);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('3. the municipality documents a criterion with explanation, link and a PDF evidence file', async () => {
    await municipality.goto(`${assessmentUrl}?schritt=dokumentation`);
    await municipality.getByRole('button', { name: /^Service und Verwaltung/ }).click();
    const card = municipality.getByRole('region', { name: /Feste Ansprechperson für Unternehmen/ });
    await card.waitFor();
    await expectAccessible(municipality, 'assessment: documentation (municipality)');
    await card.getByLabel('Erläuterung').fill('Die Wirtschaftsförderung benennt für jedes Unternehmen eine feste Lotsin.');
    await card.getByLabel('Links (einer pro Zeile)').fill('https://www.modellfeld.example/wirtschaft/lotsin');
    await card.getByRole('button', { name: 'Speichern' }).click();
    await saved(municipality, 'Die Dokumentation wurde gespeichert');
    await card
      .getByLabel(/Nachweis hochladen/)
      .setInputFiles({ name: 'flyer-lotsin.pdf', mimeType: 'application/pdf', buffer: samplePdf('Ihre Lotsin im Rathaus') });
    await saved(municipality, 'Der Nachweis wurde hochgeladen');
    await card.getByRole('link', { name: 'flyer-lotsin.pdf' }).waitFor();
    await screenshot(municipality, 'documentation');
    // a file that only claims to be a PDF is refused with a message naming the problem
    await card
      .getByLabel(/Nachweis hochladen/)
      .setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a pdf') });
    await municipality
      .getByRole('alert')
      .filter({ hasText: /fake\.pdf/ })
      .first()
      .waitFor();
    expect(await card.getByRole('link', { name: 'fake.pdf' }).count()).toBe(0);
  });

  it('4. the audit meeting is recorded with attendance, a proposed goal and a bonus project, and closes without points', async () => {
    // the municipality proposes a development goal and presents a bonus project
    await municipality.goto(`${assessmentUrl}?schritt=gespraech`);
    await municipality.getByRole('heading', { name: 'Entwicklungsziele' }).waitFor();
    await municipality.getByLabel('Titel des Entwicklungsziels').fill('Online-Gewerbeanmeldung einführen');
    await municipality.getByLabel('Zieltermin').fill('2028-06-30');
    await municipality.getByRole('button', { name: 'Ziel vorschlagen' }).click();
    await saved(municipality, 'Das Entwicklungsziel wurde vorgeschlagen');
    await municipality.getByLabel('Titel des Projekts').fill('Gründerzentrum am Bahnhof');
    await municipality.getByRole('button', { name: 'Projekt vorstellen' }).click();
    await saved(municipality, 'Das Projekt wurde vorgestellt');
    await expectAccessible(municipality, 'assessment: meeting (municipality)');

    await certifier.goto(`${assessmentUrl}?schritt=gespraech`);
    await certifier.getByRole('heading', { name: 'Gespräch erfassen' }).waitFor();
    await certifier.getByLabel('Geführt am').fill(localNow());
    await certifier.getByLabel('Name 1').fill('Dr. Erika Beispiel');
    await certifier.getByLabel('Funktion 1').fill('Bürgermeisterin');
    await certifier.getByRole('button', { name: 'Teilnehmer/in hinzufügen' }).click();
    await certifier.getByLabel('Name 2').fill('Max Muster');
    await certifier.getByLabel('Funktion 2').fill('Leiter Bauordnungsamt');
    await certifier.getByLabel('Zusammenfassung').fill('Alle Kriterien besprochen; Ordner und Tabelle übergeben.');
    await certifier.getByRole('button', { name: 'Gespräch speichern' }).click();
    await saved(certifier, 'Das Gespräch wurde gespeichert');
    await certifier.getByRole('button', { name: 'Vereinbaren: Online-Gewerbeanmeldung einführen' }).click();
    await saved(certifier, 'Die Entscheidung zum Entwicklungsziel wurde gespeichert');
    await expectAccessible(certifier, 'assessment: meeting (certifier)');
    await certifier.getByRole('button', { name: 'Gespräch abschließen' }).click();
    await saved(certifier, 'Das Gespräch wurde abgeschlossen');

    // the municipality sees the closed meeting, but no score anywhere
    await municipality.goto(`${assessmentUrl}?schritt=ergebnis`);
    await municipality.getByText('Ergebnis nach der Freigabe').waitFor();
    const text = await municipality.locator('main').innerText();
    expect(text).not.toMatch(/Punkte \(0|Gesamt|Mindestpunktzahl/);
    await expectAccessible(municipality, 'assessment: result before release (municipality)');
  });

  it('5. the auditor scores every criterion and bonus points; the certifier releases after the phone call', async () => {
    await certifier.goto(`${assessmentUrl}?schritt=ergebnis`);
    await certifier.getByRole('heading', { name: 'Bewertung der Kriterien' }).waitFor();
    const topics = certifier.getByRole('button', { name: /offen\)$/ });
    // open every topic field, then score each criterion with 3 points (its maximum if lower)
    for (const topic of await topics.all()) await topic.click();
    const fieldsets = certifier.locator('form fieldset').filter({ has: certifier.getByLabel(/^Punkte \(0–/) });
    const count = await fieldsets.count();
    expect(count).toBe(28);
    for (let i = 0; i < count; i++) {
      const row = fieldsets.nth(i);
      const max = Number((await row.locator('label', { hasText: /^Punkte/ }).innerText()).match(/0–(\d+)/)?.[1]);
      await row.getByLabel(/^Punkte \(0–/).fill(String(Math.min(max, 3)));
      await row.getByRole('button', { name: 'Bewertung speichern' }).click();
      await expect.poll(() => row.getByText('Noch nicht bewertet.').count()).toBe(0);
    }
    await certifier.getByLabel('Sonderpunkte für „Gründerzentrum am Bahnhof“').fill('4');
    await certifier.getByRole('button', { name: 'Sonderpunkte speichern' }).click();
    await saved(certifier, 'Die Sonderpunkte wurden gespeichert');
    await expect.poll(() => certifier.getByText('bestanden', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(certifier, 'assessment: scoring (certifier)');
    await certifier.evaluate(() => window.scrollTo(0, 0));
    await screenshot(certifier, 'result-scoring');

    // the phone call took place just now: the server refuses a call dated in the future
    await certifier.getByLabel('Telefonat am').fill(localNow());
    await certifier.getByLabel('Telefonat mit').fill('Frau Wirtschaft, Stadt Modellfeld');
    await certifier.getByRole('button', { name: 'Ergebnis freigeben' }).click();
    await saved(certifier, 'Das Ergebnis wurde freigegeben');
    await certifier.getByRole('heading', { name: 'Freigegebenes Ergebnis' }).waitFor();
    const reportCard = await Promise.all([
      certifier.waitForEvent('download'),
      certifier.getByRole('link', { name: 'Zeugnis (PDF)' }).click(),
    ]).then(([d]) => d);
    expect(reportCard.suggestedFilename()).toMatch(/\.pdf$/);

    // after release the municipality sees its own result and report card
    await municipality.goto(`${assessmentUrl}?schritt=ergebnis`);
    await municipality.getByRole('heading', { name: 'Freigegebenes Ergebnis' }).waitFor();
    await municipality.getByRole('link', { name: 'Zeugnis (PDF)' }).waitFor();
    await expectAccessible(municipality, 'assessment: released result (municipality)');
  });

  it('6. publicity: handover, plaque, certificate document and key visual with terms of use', async () => {
    await certifier.goto(`${assessmentUrl}?schritt=zertifikat`);
    await certifier.getByRole('link', { name: 'Zum Zertifikat' }).click();
    await certifier.getByRole('heading', { name: 'Übergabe und Schild' }).waitFor();
    await expectAccessible(certifier, 'certificate (certifier)');
    await certifier.getByLabel('Übergabe am').fill('2027-04-20');
    await certifier.getByLabel('Form der Übergabe').fill('Gemeinsamer Pressetermin im Rathaus');
    await certifier.getByLabel('Schild', { exact: true }).selectOption({ label: 'bestellt' });
    await certifier.getByRole('button', { name: 'Übergabe speichern' }).click();
    await saved(certifier, 'Übergabe und Schild wurden gespeichert');
    await certifier.getByRole('button', { name: 'Key Visual versendet' }).click();
    await saved(certifier, 'Der Versand des Key Visuals wurde vermerkt');
    const urkunde = await Promise.all([
      certifier.waitForEvent('download'),
      certifier.getByRole('link', { name: 'Urkunde (PDF)' }).click(),
    ]).then(([d]) => d);
    expect(urkunde.suggestedFilename()).toMatch(/\.pdf$/);
    const certificateUrl = certifier.url();

    await municipality.goto(certificateUrl);
    await municipality.getByRole('heading', { name: 'Nutzungsbedingungen des Key Visuals' }).waitFor();
    await municipality.getByRole('button', { name: 'Nutzungsbedingungen bestätigen' }).click();
    await saved(municipality, 'Die Nutzungsbedingungen wurden bestätigt');
    await expectAccessible(municipality, 'certificate (municipality)');
    await screenshot(municipality, 'certificate');

    await certifier.goto(`${j.server.url}/protokoll`);
    await certifier.getByRole('heading', { name: 'Protokoll' }).waitFor();
    await expect.poll(() => certifier.getByText('Nutzungsbedingungen bestätigt').count()).toBeGreaterThan(0);
    await expectAccessible(certifier, 'audit trail');
  });

  it('7. the public registry lists Modellfeld with seal and validity, and no points', async () => {
    // the README's picture of the registry is 1280×720
    const visitor = await j.newPage({ viewport: { width: 1280, height: 720 } });
    await visitor.goto(`${j.server.url}/verzeichnis`);
    const row = visitor.getByRole('row', { name: /Stadt Modellfeld/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Mittelstandsfreundliche Kommune');
    // Modellfeld scored 83 regular + 4 bonus points: neither figure nor any share may show
    const table = await visitor.getByRole('table').innerText();
    expect(table).not.toMatch(/Punkt|%|Rang|\b8[37]\b/);
    await expectAccessible(visitor, 'public registry');
    await screenshot(visitor, 'registry');
  });
});
