import type { Locale } from './pdf-common.js';

/** Wording of the report card (Zeugnis); German first, as the letter goes to German municipalities. */
export const REPORT_CARD_LABELS: Record<
  Locale,
  {
    documentTitle: string;
    subject: (scheme: string) => string;
    salutation: string;
    intro: string;
    result: string;
    passed: string;
    failed: string;
    regular: string;
    regularPoints: (points: string, max: string) => string;
    bonusPoints: string;
    totalPoints: string;
    passMark: string;
    topicsHeading: string;
    topic: string;
    points: string;
    maxPoints: string;
    goalsHeading: string;
    noGoals: string;
    until: (date: string) => string;
    certificate: (number: string, validUntil: string | null) => string;
    nextStepsHeading: string;
    defaultNextSteps: string;
    confidential: string;
    closing: string;
    footer: (version: string, page: number, pages: number) => string;
  }
> = {
  de: {
    documentTitle: 'Zeugnis',
    subject: (scheme) => `Zeugnis – ${scheme}`,
    salutation: 'Sehr geehrte Damen und Herren,',
    intro:
      'wir haben Ihre Dokumentationstabelle, den Ordner mit Nachweisen und die Ergebnisse des Auditierungsgesprächs ausgewertet. Nachfolgend teilen wir Ihnen das Ergebnis mit.',
    result: 'Ergebnis',
    passed: 'bestanden',
    failed: 'nicht bestanden',
    regular: 'Punkte aus dem Prüfbogen',
    regularPoints: (points, max) => `${points} von ${max}`,
    bonusPoints: 'Sonderpunkte',
    totalPoints: 'Gesamtpunktzahl',
    passMark: 'Mindestpunktzahl',
    topicsHeading: 'Punkte je Handlungsfeld',
    topic: 'Handlungsfeld',
    points: 'Punkte',
    maxPoints: 'Höchstpunktzahl',
    goalsHeading: 'Vereinbarte Entwicklungsziele',
    noGoals: 'Es wurden keine Entwicklungsziele vereinbart.',
    until: (date) => `bis ${date}`,
    certificate: (number, validUntil) =>
      `Ihre Urkunde trägt die Nummer ${number}${validUntil ? ` und ist gültig bis ${validUntil}` : ''}. Form und Termin der Übergabe stimmen wir gern mit Ihnen ab.`,
    nextStepsHeading: 'Nächste Schritte',
    defaultNextSteps:
      'Wir stimmen das weitere Vorgehen mit Ihnen ab; das Auditierungsgespräch kann zu einem späteren Zeitpunkt wiederholt werden.',
    confidential: 'Die Punktzahl ist vertraulich und wird nicht veröffentlicht.',
    closing: 'Mit freundlichen Grüßen',
    footer: (version, page, pages) => `Prüfbogen-Version ${version} · Seite ${page} von ${pages}`,
  },
  en: {
    documentTitle: 'Report card',
    subject: (scheme) => `Report card – ${scheme}`,
    salutation: 'Dear Sir or Madam,',
    intro:
      'We have reviewed your documentation table, the evidence folder and the results of the audit meeting. Please find the result below.',
    result: 'Result',
    passed: 'passed',
    failed: 'not passed',
    regular: 'Points from the criteria sheet',
    regularPoints: (points, max) => `${points} of ${max}`,
    bonusPoints: 'Bonus points',
    totalPoints: 'Total points',
    passMark: 'Pass mark',
    topicsHeading: 'Points per topic field',
    topic: 'Topic field',
    points: 'Points',
    maxPoints: 'Maximum',
    goalsHeading: 'Development goals agreed',
    noGoals: 'No development goals were agreed.',
    until: (date) => `by ${date}`,
    certificate: (number, validUntil) =>
      `Your certificate has the number ${number}${validUntil ? ` and is valid until ${validUntil}` : ''}. We will gladly agree the form and date of the handover with you.`,
    nextStepsHeading: 'Next steps',
    defaultNextSteps: 'We will agree the next steps with you; the audit meeting can be repeated at a later date.',
    confidential: 'The score is confidential and will not be published.',
    closing: 'Kind regards',
    footer: (version, page, pages) => `Catalog version ${version} · Page ${page} of ${pages}`,
  },
};
