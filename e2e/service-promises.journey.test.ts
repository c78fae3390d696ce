// Service promises in Chromium, against the built app on a fresh embedded database and a real
// SMTP peer on loopback: a business asks Stadt Musterhagen for a callback (promise 9) and the
// pilot makes it; a trade registration (promise 3, 1 working day) is imported, is at risk at
// once, the pilot sends the delay notice (promise 10) and the mail arrives at the peer; the
// dashboard counts the case and its drill-down lists it. axe checks every page.
//
// The server runs on real time, so the journey holds on any day: the warning point of a
// 1-working-day promise is the day of receipt itself (0.75 × 1 working day rounds down to 0),
// so a case received today is at risk today — on a Saturday or a holiday too, where the
// deadline is the next working day and the warning point still the day of receipt.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedMail, startSmtpPeer } from '../test/support/smtp-peer.js';
import { expectAccessible, screenshot } from './support/browser.js';
import { BERLIN, inDays, setupJourney } from './support/journey.js';

const PILOT = 'lotse@musterhagen.example';
const TRADE_REGISTRATION = 'Gewerbeanmeldung innerhalb von 1 Arbeitstag bearbeitet';
const BUSINESS_EMAIL = 'inhaberin@feinkost-pfeffer.example';
const DELAY_REASON = 'Die Unbedenklichkeitsbescheinigung des Finanzamts fehlt noch; wir haben sie heute angefordert.';

// registered before the journey's hooks: up before the server starts, closed after it stopped (afterAll runs in reverse)
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
beforeAll(async () => {
  smtp = await startSmtpPeer();
});
afterAll(async () => {
  await smtp?.close();
});

// JOBS stays on: the mail job hands each mail to the peer after its transaction committed.
// A browser in Germany: the pages' "today" (date pickers, the current year) is Berlin's.
const j = setupJourney('service-promises', { env: () => ({ SMTP_URL: smtp.url }), timezoneId: BERLIN, warmUp: true });

/** Today on Berlin's calendar, as the server counts deadlines (YYYY-MM-DD). */
const berlinToday = () => inDays(0, BERLIN);
const german = (iso: string) => iso.split('-').reverse().join('.');

/** Goes to a page through the navigation, as staff do. */
async function navigate(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('service promises journey: callback, import, delay notice, figures', () => {
  let pilot: Page;
  let callbackReference = '';
  let callbackDue = '';
  const caseReference = `GA-${berlinToday().slice(0, 4)}-0815`;
  let pendingBefore = 0;
  let casesBefore = 0;

  it('1. a business finds the city, reads its promises and pilots, and asks for a callback', async () => {
    const page = await j.newPage();
    await page.goto(`${j.server.url}/service`);
    await page.getByRole('heading', { level: 1, name: 'Serviceversprechen der Verwaltungen' }).waitFor();
    await expectAccessible(page, 'public service directory');
    await page.getByRole('link', { name: 'Stadt Musterhagen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Stadt Musterhagen' }).waitFor();
    const promises = page.getByTestId('public-promises');
    await promises.getByText(TRADE_REGISTRATION).waitFor();
    await promises.getByText('Rückruf innerhalb von 2 Arbeitstagen').waitFor();
    const card = page.getByTestId('pilot-contact-card').filter({ has: page.getByRole('heading', { name: 'Jan Petersen' }) });
    await card.getByRole('link', { name: PILOT }).waitFor();
    await expectAccessible(page, 'public service page');
    await screenshot(page, 'service-page', { fullPage: true });

    const form = page.getByRole('form', { name: 'Rückruf anfordern' });
    await form.getByLabel('Name').fill('Paula Pfeffer');
    await form.getByLabel('Telefon').fill('0209 998877');
    await form.getByLabel('Anliegen').fill('Wir möchten ein Feinkostgeschäft in der Altstadt eröffnen: Welche Unterlagen brauchen wir?');
    await form.getByLabel('Wunschzeit (freiwillig)').fill('nachmittags');
    await form.getByLabel(/Ich bin einverstanden/).check();
    // sent within 3 s of opening the form, the page itself waits out the rest (the server's spam rule)
    await form.getByRole('button', { name: 'Rückruf anfordern' }).click();
    const receipt = page.getByTestId('callback-receipt');
    await receipt.waitFor();
    const text = (await receipt.textContent()) ?? '';
    const m = /Ihre Rückrufbitte (SV-\d{4}-\d{5}) ist eingegangen\. Wir rufen Sie bis (\d{2}\.\d{2}\.\d{4}) zurück\./.exec(text);
    expect(m, text).not.toBeNull();
    [, callbackReference, callbackDue] = m as unknown as [string, string, string];
    // two working days after today: later than today, never the day itself
    expect(callbackDue.split('.').reverse().join('-') > berlinToday()).toBe(true);
    await expectAccessible(page, 'public service page: callback receipt');
  });

  it('2. the pilot sees the callback on the worklist with name and phone, and completes it', async () => {
    pilot = await j.login(PILOT);
    await navigate(pilot, 'Arbeitsliste', 'Arbeitsliste');
    await pilot.getByText('Sie sind als Lotse Jan Petersen eingetragen').waitFor();
    const callbacks = pilot.getByRole('table', { name: 'Rückrufe' });
    const row = callbacks.getByRole('row').filter({ has: pilot.getByRole('link', { name: callbackReference }) });
    await row.getByRole('cell', { name: 'Paula Pfeffer' }).waitFor();
    await row.getByRole('link', { name: '0209 998877' }).waitFor();
    await row.getByRole('cell', { name: 'nachmittags' }).waitFor();
    await row.getByRole('cell', { name: callbackDue }).waitFor();
    await expectAccessible(pilot, 'worklist');

    await row.getByRole('button', { name: `Erledigt: Rückruf ${callbackReference}` }).click();
    await pilot.getByRole('alert').filter({ hasText: 'Der Rückruf ist als erledigt eingetragen.' }).first().waitFor();
    await pilot.getByRole('link', { name: callbackReference }).waitFor({ state: 'detached' });
    await expectAccessible(pilot, 'worklist: callback done');
  });

  it('3. the pilot imports a trade registration from a CSV file, assigned to himself', async () => {
    // the figures before: the dashboard must count one more open case of promise 3 afterwards
    const res = await pilot.request.get(`${j.server.url}/api/v1/figures`);
    expect(res.status()).toBe(200);
    const before = ((await res.json()) as { promises: { key: string; cases: number; pending: number }[] }).promises.find(
      (p) => p.key === 'gewerbeanmeldung',
    );
    expect(before).toBeDefined();
    pendingBefore = before!.pending;
    casesBefore = before!.cases;

    await navigate(pilot, 'Import', 'Fälle importieren');
    await expectAccessible(pilot, 'import page');
    const csv = [
      'Aktenzeichen;Versprechen;Eingang;Betreff;Unternehmen;Ansprechperson;E-Mail;Telefon;Lotse',
      `${caseReference};gewerbeanmeldung;${german(berlinToday())};Gewerbeanmeldung Feinkosthandel;Feinkost Pfeffer & Salz GmbH;Paula Pfeffer;${BUSINESS_EMAIL};0209 998877;${PILOT}`,
    ].join('\r\n');
    await pilot
      .locator('input[type="file"]')
      .setInputFiles({ name: 'gewerbeanmeldungen.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8') });
    await pilot.getByRole('button', { name: 'Hochladen und importieren' }).click();
    await pilot.getByRole('heading', { level: 1, name: 'Import „gewerbeanmeldungen.csv“' }).waitFor();
    // the background job takes it from here; the page follows its progress
    await pilot
      .getByRole('status')
      .filter({ hasText: /1 von 1 Zeilen verarbeitet – abgeschlossen am/ })
      .waitFor({ timeout: 60_000 });
    await pilot.getByText('Fertig', { exact: true }).waitFor();
    await pilot.getByText('Keine – alle Zeilen waren in Ordnung.').waitFor();
    const created = pilot.getByText('Neu angelegt', { exact: true }).locator('xpath=following-sibling::*[1]');
    expect(await created.textContent()).toBe('1');
    await expectAccessible(pilot, 'import detail: done');
  });

  it('4. the imported case is at risk on the worklist; the pilot sends the delay notice by e-mail', async () => {
    await navigate(pilot, 'Arbeitsliste', 'Arbeitsliste');
    const row = pilot
      .getByRole('table', { name: 'Meine Fälle' })
      .getByRole('row')
      .filter({ has: pilot.getByRole('link', { name: caseReference }) });
    await row.getByText('gefährdet', { exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Jan Petersen' }).waitFor();
    await row.getByRole('cell', { name: 'noch offen' }).waitFor();
    // the README's picture without the upload's toast on it
    await pilot.getByRole('alert').filter({ hasText: 'Die Datei ist angenommen' }).waitFor({ state: 'detached' });
    await screenshot(pilot, 'worklist');
    await row.getByRole('link', { name: caseReference }).click();

    await pilot.getByRole('heading', { level: 1, name: `Fall ${caseReference}` }).waitFor();
    await pilot.getByText('gefährdet', { exact: true }).first().waitFor();
    const prompt = pilot.getByRole('alert').filter({ hasText: 'Zwischennachricht an das Unternehmen senden' });
    await prompt.waitFor();
    await expectAccessible(pilot, 'case detail: delay prompt');
    await screenshot(pilot, 'case-delay-prompt');

    await prompt.getByRole('button', { name: 'Zwischennachricht verfassen' }).click();
    const dialog = pilot.getByRole('dialog', { name: 'Zwischennachricht an das Unternehmen' });
    await dialog.waitFor();
    await dialog.getByLabel('Grund der Verzögerung').fill(DELAY_REASON);
    await dialog.getByLabel('Voraussichtlich erledigt bis').fill(inDays(3, BERLIN));
    // the business left an e-mail address: the notice goes by e-mail unless the pilot chooses otherwise
    expect(await dialog.getByRole('radio', { name: 'E-Mail' }).isChecked()).toBe(true);
    await dialog.getByText(BUSINESS_EMAIL).waitFor();
    await expectAccessible(pilot, 'case detail: delay notice dialog');
    await dialog.getByRole('button', { name: 'Zwischennachricht senden' }).click();

    await pilot.getByRole('alert').filter({ hasText: 'Die Zwischennachricht ist festgehalten.' }).first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    await prompt.waitFor({ state: 'detached' });
    await pilot.getByText('Zwischennachricht gesendet', { exact: true }).waitFor();
    await pilot.getByText(`Voraussichtlich erledigt bis: ${german(inDays(3, BERLIN))}`).waitFor();
    await expectAccessible(pilot, 'case detail: delay notice sent');
  });

  it('5. the notice arrives at the SMTP peer and the outbox shows it as sent', async () => {
    const isNotice = (m: ReceivedMail) => m.to.includes(BUSINESS_EMAIL) && m.subject.startsWith(`Ihr Anliegen ${caseReference}`);
    await expect.poll(() => smtp.received.filter(isNotice).length, { timeout: 60_000, interval: 250 }).toBe(1);
    const mail = smtp.received.find(isNotice)!;
    expect(mail.subject).toBe(`Ihr Anliegen ${caseReference}: Bearbeitung verzögert sich`);
    expect(mail.text).toContain('Guten Tag Paula Pfeffer,');
    expect(mail.text).toContain(`Grund: ${DELAY_REASON}`);
    expect(mail.text).toContain(`Voraussichtlich erledigt bis: ${german(inDays(3, BERLIN))}`);
    expect(mail.text).toContain('Ihr Lotse Jan Petersen ist für Sie da: lotse@musterhagen.example');

    await navigate(pilot, 'Postausgang', 'Postausgang');
    const row = pilot.getByRole('row').filter({ hasText: `Ihr Anliegen ${caseReference}: Bearbeitung verzögert sich` });
    await row.getByRole('cell', { name: BUSINESS_EMAIL }).waitFor();
    // the peer has the mail a moment before the server records that it went out
    await expect
      .poll(
        async () => {
          const sent = await row.getByText('gesendet', { exact: true }).count();
          if (!sent) await pilot.reload();
          return sent;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    expect(await pilot.getByText('Es ist kein SMTP-Server eingerichtet').count()).toBe(0);
    await expectAccessible(pilot, 'outbox');
  });

  it('6. the dashboard counts the new trade registration, and its drill-down lists the case', async () => {
    await navigate(pilot, 'Kennzahlen', 'Kennzahlen der Serviceversprechen');
    const table = pilot.getByRole('table', { name: /Kennzahlen je Versprechen für Stadt Musterhagen/ });
    const row = table.getByRole('row').filter({ has: pilot.getByRole('rowheader', { name: new RegExp(TRADE_REGISTRATION) }) });
    // received today and not yet due: one more case, and one more of them open
    const open = row.getByRole('link', { name: `${pendingBefore + 1} Fälle anzeigen: offen, ${TRADE_REGISTRATION}` });
    await open.waitFor();
    await row.getByRole('link', { name: `${casesBefore + 1} Fälle anzeigen: alle Fälle, ${TRADE_REGISTRATION}` }).waitFor();
    await pilot.getByRole('heading', { level: 2, name: 'Verlauf' }).waitFor();
    await expectAccessible(pilot, 'figures');
    await screenshot(pilot, 'figures-service-promises');

    await open.click();
    await pilot.getByRole('heading', { level: 1, name: 'Fälle hinter den Kennzahlen' }).waitFor();
    await pilot
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${pendingBefore + 1} Fälle$`) })
      .waitFor();
    const caseRow = pilot.getByRole('row').filter({ hasText: caseReference });
    await caseRow.getByRole('cell', { name: 'Gewerbeanmeldung Feinkosthandel' }).waitFor();
    await caseRow
      .getByRole('cell', { name: german(berlinToday()) })
      .first()
      .waitFor();
    await caseRow.getByRole('cell', { name: 'offen', exact: true }).waitFor();
    await expectAccessible(pilot, 'figures drill-down');
  });
});
