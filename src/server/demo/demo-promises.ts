import type { PromiseUpdateBody } from '../promises/promise.schemas.js';

// Demo promise catalogs, in our own words. The NRW district and its towns promise the eleven
// GSM promises (DOMAIN.md §4); the Bavarian ones promise RAL-GZ 981-style service standards.

type DemoPromise = Omit<PromiseUpdateBody, 'warningFraction' | 'allowedDeviationRate' | 'published' | 'role' | 'leikaKey' | 'description' | 'number'> &
  Partial<Pick<PromiseUpdateBody, 'role' | 'leikaKey' | 'description'>> & { key: string; number: number };

const gsm = (criterionId: string) => ({ schemeId: 'gsm-serviceversprechen', criterionId });
const ral = (criterionId: string) => ({ schemeId: 'ral-gz-981', criterionId });

export const gsmPromises: DemoPromise[] = [
  { key: 'lotse', number: 1, title: 'Ein Lotse kümmert sich um Ihr Anliegen', area: 'business_development', startEvent: 'Erstkontakt', stopEvent: 'Anliegen abgeschlossen', amount: null, unit: null, criterionRefs: [gsm('lotse'), ral('gruendungslotse')] },
  { key: 'unterlagen', number: 2, title: 'Übersicht der nötigen Unterlagen – gedruckt und online', area: 'trade_registration', startEvent: 'Anfrage', stopEvent: 'Übersicht ausgehändigt', amount: null, unit: null, criterionRefs: [gsm('unterlagenuebersicht')] },
  {
    key: 'gewerbeanmeldung',
    number: 3,
    title: 'Gewerbeanmeldung innerhalb von 1 Arbeitstag bearbeitet',
    area: 'trade_registration',
    startEvent: 'vollständige Anmeldung geht ein',
    stopEvent: 'Gewerbeschein ist ausgestellt',
    amount: 1,
    unit: 'working_days',
    leikaKey: '99050012104000',
    criterionRefs: [gsm('gewerbeanmeldung')],
  },
  { key: 'bau-eingang', number: 4, title: 'Qualifizierte Eingangsbestätigung zum Bauantrag in 7 Arbeitstagen', area: 'building_control', startEvent: 'Bauantrag geht ein', stopEvent: 'Eingangsbestätigung mit Ansprechperson versandt', amount: 7, unit: 'working_days', criterionRefs: [gsm('bau-eingangsbestaetigung'), ral('eingangsbestaetigung')] },
  { key: 'bauberatung', number: 5, title: 'Termin zur Bauberatung innerhalb von 3 Arbeitstagen', area: 'building_control', startEvent: 'Terminwunsch geht ein', stopEvent: 'Termin angeboten', amount: 3, unit: 'working_days', criterionRefs: [gsm('bauberatung-termin'), ral('beratungstermin')] },
  { key: 'vor-ort', number: 6, title: 'Beratung vor Ort innerhalb von 14 Arbeitstagen', area: 'building_control', startEvent: 'Terminwunsch geht ein', stopEvent: 'Ortstermin hat stattgefunden', amount: 14, unit: 'working_days', criterionRefs: [gsm('vor-ort-termin')] },
  { key: 'baugenehmigung', number: 7, title: 'Entscheidung über den Bauantrag in 8 Wochen nach Bauberatung', area: 'building_control', startEvent: 'vollständiger Bauantrag liegt vor', stopEvent: 'Bescheid ist versandt', amount: 8, unit: 'weeks', criterionRefs: [gsm('baugenehmigung'), ral('bauentscheidung')] },
  { key: 'beratung', number: 8, title: 'Kompetente Beratung während des ganzen Verfahrens', area: 'building_control', startEvent: 'Verfahrensbeginn', stopEvent: 'Verfahrensende', amount: null, unit: null, criterionRefs: [gsm('kompetente-beratung')] },
  { key: 'rueckruf', number: 9, title: 'Rückruf innerhalb von 2 Arbeitstagen', area: 'business_development', role: 'callback', startEvent: 'Rückrufbitte geht ein', stopEvent: 'Unternehmen ist zurückgerufen', amount: 2, unit: 'working_days', criterionRefs: [gsm('rueckruf'), ral('telefon-email')] },
  { key: 'zwischennachricht', number: 10, title: 'Nachricht, sobald sich die Bearbeitung verzögert', area: 'business_development', role: 'delay_notice', startEvent: 'Verzögerung zeichnet sich ab', stopEvent: 'Unternehmen ist informiert', amount: null, unit: null, criterionRefs: [gsm('verzoegerungsmitteilung'), ral('zwischenbescheid')] },
  { key: 'beschwerdestelle', number: 11, title: 'Eine zentrale Beschwerdestelle für Ihre Hinweise', area: 'business_development', startEvent: 'Beschwerde geht ein', stopEvent: 'Beschwerde ist beantwortet', amount: null, unit: null, criterionRefs: [gsm('beschwerdestelle'), ral('beschwerdeantwort')] },
];

export const ralPromises: DemoPromise[] = [
  { key: 'eingangsbestaetigung', number: 1, title: 'Eingangsbestätigung mit Ansprechperson in 7 Arbeitstagen', area: 'building_control', startEvent: 'Antrag geht ein', stopEvent: 'Bestätigung versandt', amount: 7, unit: 'working_days', criterionRefs: [ral('eingangsbestaetigung')] },
  { key: 'vollstaendigkeit', number: 2, title: 'Fehlende Unterlagen gesammelt in 10 Arbeitstagen nachgefordert', area: 'building_control', startEvent: 'Antrag geht ein', stopEvent: 'Nachforderung versandt', amount: 10, unit: 'working_days', criterionRefs: [ral('vollstaendigkeitspruefung')] },
  { key: 'beratungstermin', number: 3, title: 'Beratungstermin in 5 Arbeitstagen angeboten', area: 'building_control', startEvent: 'Terminwunsch geht ein', stopEvent: 'Termin angeboten', amount: 5, unit: 'working_days', criterionRefs: [ral('beratungstermin')] },
  { key: 'bauentscheidung', number: 4, title: 'Bauentscheidung in 40 Arbeitstagen nach vollständigem Antrag', area: 'building_control', startEvent: 'Antrag vollständig', stopEvent: 'Bescheid versandt', amount: 40, unit: 'working_days', criterionRefs: [ral('bauentscheidung')] },
  { key: 'rechnungen', number: 5, title: 'Rechnungen kleiner Unternehmen in 15 Arbeitstagen bezahlt', area: 'business_development', startEvent: 'Rechnung geht ein', stopEvent: 'Zahlung angewiesen', amount: 15, unit: 'working_days', criterionRefs: [ral('rechnungszahlung')] },
  { key: 'gewerbeflaechen', number: 6, title: 'Anfragen zu Gewerbeflächen in 3 Arbeitstagen beantwortet', area: 'business_development', startEvent: 'Anfrage geht ein', stopEvent: 'Antwort versandt', amount: 3, unit: 'working_days', criterionRefs: [ral('gewerbeflaechenanfragen')] },
  { key: 'rueckmeldung', number: 7, title: 'Rückruf oder Antwort auf E-Mails in 1 Arbeitstag', area: 'business_development', role: 'callback', startEvent: 'Anruf oder E-Mail geht ein', stopEvent: 'Unternehmen hat Antwort', amount: 1, unit: 'working_days', criterionRefs: [ral('telefon-email')] },
  { key: 'gewerbeanmeldung', number: 8, title: 'Gewerbeanmeldung in 1 Arbeitstag bearbeitet', area: 'trade_registration', startEvent: 'vollständige Anmeldung geht ein', stopEvent: 'Gewerbeschein ist ausgestellt', amount: 1, unit: 'working_days', leikaKey: '99050012104000', criterionRefs: [] },
];

/** Cases per year by promise key, roughly what a town of 25,000–60,000 inhabitants sees. */
export const yearlyVolume: Record<string, number> = {
  gewerbeanmeldung: 160,
  'bau-eingang': 70,
  bauberatung: 45,
  'vor-ort': 20,
  baugenehmigung: 55,
  rueckruf: 40,
  eingangsbestaetigung: 60,
  vollstaendigkeit: 50,
  beratungstermin: 30,
  bauentscheidung: 45,
  rechnungen: 120,
  gewerbeflaechen: 15,
  rueckmeldung: 60,
};

export const businessNames = [
  'Bäckerei Korn GmbH',
  'Elektro Funke KG',
  'Café am Markt',
  'Schreinerei Holzwurm',
  'IT-Service Bitfeld UG',
  'Autohaus Radlos GmbH',
  'Blumen Blütezeit',
  'Metallbau Amboss GmbH',
  'Praxis für Physiotherapie Beweglich',
  'Imbiss Zum Eck',
  'Logistik Lastwagen AG',
  'Friseursalon Schnittig',
];
