import type { Locale } from './pdf-common.js';

export type PlanStage = 'stage1' | 'stage2' | 'surveillance' | 'recertification';
export type AuditKind = 'initial' | 'surveillance' | 'recertification';

type Labels = {
  documentTitle: string;
  fileName: string;
  kinds: Record<AuditKind, string>;
  stages: Record<PlanStage, string>;
  time: string;
  stage: string;
  department: string;
  site: string;
  process: string;
  auditor: string;
  interviewees: string;
  criteria: string;
  note: string;
  empty: string;
  hours: string;
  continued: (caption: string) => string;
  footer: (page: number, pages: number) => string;
  mailSubject: (municipality: string, scheme: string) => string;
  mailGreeting: string;
  mailIntro: (certifier: string, kind: AuditKind, scheme: string) => string;
  mailCriteriaLegend: string;
  mailLink: (url: string) => string;
  mailLinkWithoutUrl: string;
  mailClosing: (certifier: string) => string;
};

/** Wording of the audit plan (PDF in German or English; the mail to the quality representatives in German). */
export const AUDIT_PLAN_LABELS: Record<Locale, Labels> = {
  de: {
    documentTitle: 'Auditplan',
    fileName: 'Auditplan',
    kinds: { initial: 'Erstzertifizierung', surveillance: 'Überwachungsaudit', recertification: 'Rezertifizierungsaudit' },
    stages: {
      stage1: 'Stufe 1 (Dokumente)',
      stage2: 'Stufe 2 (Umsetzung)',
      surveillance: 'Überwachung',
      recertification: 'Rezertifizierung',
    },
    time: 'Zeit',
    stage: 'Phase',
    department: 'Dezernat / Fachbereich',
    site: 'Standort',
    process: 'Prozess',
    auditor: 'Auditor/in',
    interviewees: 'Gesprächspartner',
    criteria: 'Normabschnitte / Kriterien',
    note: 'Hinweis',
    empty: 'Der Auditplan enthält noch keine Termine.',
    hours: 'Uhr',
    continued: (caption) => `${caption} (Fortsetzung)`,
    footer: (page, pages) => `Auditplan · Seite ${page} von ${pages}`,
    mailSubject: (municipality, scheme) => `Auditplan ${scheme}: ${municipality}`,
    mailGreeting: 'Guten Tag,',
    mailIntro: (certifier, kind, scheme) =>
      `hiermit erhalten Sie den Auditplan für ${{ initial: 'die Erstzertifizierung', surveillance: 'das Überwachungsaudit', recertification: 'das Rezertifizierungsaudit' }[kind]} (${scheme}), Zertifizierungsstelle: ${certifier}. Bitte stimmen Sie die Termine mit den genannten Gesprächspartnern ab.`,
    mailCriteriaLegend: 'Normabschnitte und Kriterien',
    mailLink: (url) => `Den Auditplan finden Sie jederzeit aktuell und als PDF in Siegelwerk: ${url}`,
    mailLinkWithoutUrl: 'Den Auditplan finden Sie jederzeit aktuell und als PDF in Siegelwerk unter „Verfahren“, Reiter „Auditplan“.',
    mailClosing: (certifier) => `Mit freundlichen Grüßen\n${certifier}`,
  },
  en: {
    documentTitle: 'Audit plan',
    fileName: 'Audit-plan',
    kinds: { initial: 'Initial certification', surveillance: 'Surveillance audit', recertification: 'Recertification audit' },
    stages: {
      stage1: 'Stage 1 (documents)',
      stage2: 'Stage 2 (implementation)',
      surveillance: 'Surveillance',
      recertification: 'Recertification',
    },
    time: 'Time',
    stage: 'Stage',
    department: 'Department',
    site: 'Site',
    process: 'Process',
    auditor: 'Auditor',
    interviewees: 'Interviewees',
    criteria: 'Clauses / criteria',
    note: 'Note',
    empty: 'The audit plan has no slots yet.',
    hours: '',
    continued: (caption) => `${caption} (continued)`,
    footer: (page, pages) => `Audit plan · page ${page} of ${pages}`,
    mailSubject: (municipality, scheme) => `Audit plan ${scheme}: ${municipality}`,
    mailGreeting: 'Hello,',
    mailIntro: (certifier, kind, scheme) =>
      `please find the audit plan for the ${{ initial: 'initial certification', surveillance: 'surveillance audit', recertification: 'recertification audit' }[kind]} (${scheme}) below, certification body: ${certifier}. Please agree the dates with the interviewees named.`,
    mailCriteriaLegend: 'Clauses and criteria',
    mailLink: (url) => `The current audit plan and its PDF are in Siegelwerk: ${url}`,
    mailLinkWithoutUrl: 'The current audit plan and its PDF are in Siegelwerk under "Procedures", tab "Audit plan".',
    mailClosing: (certifier) => `Kind regards\n${certifier}`,
  },
};

export type AuditPlanLabels = Labels;
