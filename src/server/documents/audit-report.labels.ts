import type { ActionStatus, AuditKind, Conformity, Effectiveness, FindingGrade, ReportCriterion } from './audit-report.model.js';
import { formatNumber, INTL_LOCALE, type Locale } from './pdf-common.js';

type Labels = {
  documentTitle: string;
  fileName: string;
  scopeHeading: string;
  municipality: string;
  certifier: string;
  scheme: string;
  catalogVersion: string;
  auditKind: string;
  applied: string;
  accepted: string;
  auditDate: string;
  decided: string;
  kinds: Record<AuditKind, string>;
  planHeading: string;
  noPlan: string;
  when: string;
  where: string;
  auditor: string;
  interviewees: string;
  covers: (criteria: string) => string;
  criteriaHeading: string;
  resultsHidden: string;
  reference: string;
  topic: string;
  criterion: string;
  result: string;
  points: string;
  findingsCount: string;
  notApplicable: string;
  pointsOf: (points: string, max: string) => string;
  gradeN: (grade: number) => string;
  deviation: (rate: string) => string;
  maturityLevel: (level: number) => string;
  conformity: Record<Conformity, string>;
  findingsHeading: string;
  noFindings: string;
  number: string;
  grade: string;
  grades: Record<FindingGrade, string>;
  status: string;
  findingStatus: Record<'open' | 'closed', string>;
  closedOn: (date: string) => string;
  description: string;
  evidence: string;
  rootCause: string;
  response: string;
  carriedOver: string;
  escalated: string;
  carriedOverHeader: string;
  escalatedHeader: string;
  closedAtHeader: string;
  yes: string;
  no: string;
  actionsHeading: string;
  noActions: string;
  finding: string;
  action: string;
  owner: string;
  ownerEmail: string;
  due: string;
  completedOn: string;
  completionNote: string;
  actionStatus: Record<ActionStatus, string>;
  effectiveness: string;
  effectivenessValues: Record<Effectiveness, string>;
  effectivenessNote: string;
  notChecked: string;
  decisionHeading: string;
  decisionPending: string;
  decisionPassed: string;
  decisionFailed: string;
  decisionDeclined: string;
  blockedByMajors: (count: number) => string;
  totalPoints: (points: string, passMark: string | null) => string;
  certificate: (number: string, validUntil: string | null) => string;
  nextSteps: string;
  sheets: { criteria: string; findings: string; actions: string };
  footer: (version: string, page: number, pages: number) => string;
};

/** Wording of the audit report (PDF and XLSX); German first, the report goes to German administrations. */
export const AUDIT_REPORT_LABELS: Record<Locale, Labels> = {
  de: {
    documentTitle: 'Auditbericht',
    fileName: 'Auditbericht',
    scopeHeading: 'Geltungsbereich',
    municipality: 'Verwaltung',
    certifier: 'Zertifizierungsstelle',
    scheme: 'Zertifizierungsprogramm',
    catalogVersion: 'Prüfbogen-Version',
    auditKind: 'Auditart',
    applied: 'Antrag vom',
    accepted: 'Angenommen am',
    auditDate: 'Audit vor Ort am',
    decided: 'Entscheidung am',
    kinds: { initial: 'Erstzertifizierung', surveillance: 'Überwachungsaudit', recertification: 'Rezertifizierungsaudit' },
    planHeading: 'Auditplan',
    noPlan: 'Für dieses Audit ist kein Auditplan hinterlegt.',
    when: 'Zeit',
    where: 'Dezernat / Standort / Prozess',
    auditor: 'Auditor',
    interviewees: 'Gesprächspartner',
    covers: (criteria) => `Abschnitte: ${criteria}`,
    criteriaHeading: 'Ergebnis je Kriterium',
    resultsHidden: 'Die Bewertung je Kriterium wird mit der Freigabe der Entscheidung sichtbar.',
    reference: 'Nr.',
    topic: 'Handlungsfeld',
    criterion: 'Kriterium',
    result: 'Ergebnis',
    points: 'Punkte',
    findingsCount: 'Feststellungen',
    notApplicable: 'nicht anwendbar',
    pointsOf: (points, max) => `${points} von ${max} Punkten`,
    gradeN: (grade) => `Note ${grade}`,
    deviation: (rate) => `Abweichungsquote ${rate}`,
    maturityLevel: (level) => `Reifegrad ${level}`,
    conformity: {
      conform: 'konform',
      major: 'Hauptabweichung',
      minor: 'Nebenabweichung',
      observation: 'Feststellung',
      improvement: 'Verbesserungspotenzial',
    },
    findingsHeading: 'Feststellungen',
    noFindings: 'Es wurden keine Feststellungen getroffen.',
    number: 'Nr.',
    grade: 'Art',
    grades: { major: 'Hauptabweichung', minor: 'Nebenabweichung', observation: 'Feststellung', improvement: 'Verbesserungspotenzial' },
    status: 'Status',
    findingStatus: { open: 'offen', closed: 'geschlossen' },
    closedOn: (date) => `geschlossen am ${date}`,
    description: 'Beschreibung',
    evidence: 'Nachweis',
    rootCause: 'Ursache',
    response: 'Stellungnahme der Verwaltung',
    carriedOver: 'aus dem vorigen Audit übernommen',
    escalated: 'zur Hauptabweichung hochgestuft',
    carriedOverHeader: 'übernommen',
    escalatedHeader: 'hochgestuft',
    closedAtHeader: 'Geschlossen am',
    yes: 'ja',
    no: 'nein',
    actionsHeading: 'Korrekturmaßnahmen',
    noActions: 'Es sind keine Korrekturmaßnahmen erfasst.',
    finding: 'Feststellung',
    action: 'Maßnahme',
    owner: 'Verantwortlich',
    ownerEmail: 'E-Mail',
    due: 'Frist',
    completedOn: 'Erledigt am',
    completionNote: 'Umsetzung',
    actionStatus: { open: 'offen', in_progress: 'in Bearbeitung', done: 'erledigt' },
    effectiveness: 'Wirksamkeit',
    effectivenessValues: { effective: 'wirksam', not_effective: 'nicht wirksam' },
    effectivenessNote: 'Begründung',
    notChecked: 'noch nicht geprüft',
    decisionHeading: 'Entscheidung',
    decisionPending: 'Die Zertifizierungsentscheidung steht noch aus.',
    decisionPassed: 'Die Zertifizierung ist erteilt.',
    decisionFailed: 'Die Zertifizierung ist nicht erteilt.',
    decisionDeclined: 'Der Antrag wurde abgelehnt.',
    blockedByMajors: (count) =>
      `${count === 1 ? 'Eine offene Hauptabweichung blockiert' : `${count} offene Hauptabweichungen blockieren`} die Zertifizierungsentscheidung.`,
    totalPoints: (points, passMark) => `Gesamtpunktzahl: ${points}${passMark ? ` (Mindestpunktzahl ${passMark})` : ''}`,
    certificate: (number, validUntil) => `Zertifikat Nr. ${number}${validUntil ? `, gültig bis ${validUntil}` : ''}`,
    nextSteps: 'Nächste Schritte',
    sheets: { criteria: 'Kriterien', findings: 'Feststellungen', actions: 'Maßnahmen' },
    footer: (version, page, pages) => `Auditbericht · Prüfbogen-Version ${version} · Seite ${page} von ${pages}`,
  },
  en: {
    documentTitle: 'Audit report',
    fileName: 'Audit-report',
    scopeHeading: 'Scope',
    municipality: 'Administration',
    certifier: 'Certification body',
    scheme: 'Scheme',
    catalogVersion: 'Catalog version',
    auditKind: 'Type of audit',
    applied: 'Applied on',
    accepted: 'Accepted on',
    auditDate: 'On-site audit on',
    decided: 'Decided on',
    kinds: { initial: 'Initial certification audit', surveillance: 'Surveillance audit', recertification: 'Recertification audit' },
    planHeading: 'Audit plan',
    noPlan: 'No audit plan has been recorded for this audit.',
    when: 'Time',
    where: 'Department / site / process',
    auditor: 'Auditor',
    interviewees: 'Interviewees',
    covers: (criteria) => `Clauses: ${criteria}`,
    criteriaHeading: 'Result per criterion',
    resultsHidden: 'The rating per criterion becomes visible once the decision is released.',
    reference: 'Ref.',
    topic: 'Topic field',
    criterion: 'Criterion',
    result: 'Result',
    points: 'Points',
    findingsCount: 'Findings',
    notApplicable: 'not applicable',
    pointsOf: (points, max) => `${points} of ${max} points`,
    gradeN: (grade) => `Grade ${grade}`,
    deviation: (rate) => `deviation rate ${rate}`,
    maturityLevel: (level) => `Maturity level ${level}`,
    conformity: {
      conform: 'conform',
      major: 'Major nonconformity',
      minor: 'Minor nonconformity',
      observation: 'Observation',
      improvement: 'Improvement potential',
    },
    findingsHeading: 'Findings',
    noFindings: 'No findings were raised.',
    number: 'No.',
    grade: 'Grade',
    grades: {
      major: 'Major nonconformity',
      minor: 'Minor nonconformity',
      observation: 'Observation',
      improvement: 'Improvement potential',
    },
    status: 'Status',
    findingStatus: { open: 'open', closed: 'closed' },
    closedOn: (date) => `closed on ${date}`,
    description: 'Description',
    evidence: 'Evidence',
    rootCause: 'Root cause',
    response: 'Response of the administration',
    carriedOver: 'carried over from the previous audit',
    escalated: 'escalated to a major nonconformity',
    carriedOverHeader: 'Carried over',
    escalatedHeader: 'Escalated',
    closedAtHeader: 'Closed on',
    yes: 'yes',
    no: 'no',
    actionsHeading: 'Corrective actions',
    noActions: 'No corrective actions have been recorded.',
    finding: 'Finding',
    action: 'Action',
    owner: 'Owner',
    ownerEmail: 'E-mail',
    due: 'Due',
    completedOn: 'Completed on',
    completionNote: 'What was done',
    actionStatus: { open: 'open', in_progress: 'in progress', done: 'done' },
    effectiveness: 'Effectiveness',
    effectivenessValues: { effective: 'effective', not_effective: 'not effective' },
    effectivenessNote: 'Reason',
    notChecked: 'not checked yet',
    decisionHeading: 'Decision',
    decisionPending: 'The certification decision is still pending.',
    decisionPassed: 'Certification is granted.',
    decisionFailed: 'Certification is not granted.',
    decisionDeclined: 'The application was declined.',
    blockedByMajors: (count) =>
      `${count === 1 ? 'An open major nonconformity blocks' : `${count} open major nonconformities block`} the certification decision.`,
    totalPoints: (points, passMark) => `Total points: ${points}${passMark ? ` (pass mark ${passMark})` : ''}`,
    certificate: (number, validUntil) => `Certificate no. ${number}${validUntil ? `, valid until ${validUntil}` : ''}`,
    nextSteps: 'Next steps',
    sheets: { criteria: 'Criteria', findings: 'Findings', actions: 'Actions' },
    footer: (version, page, pages) => `Audit report · Catalog version ${version} · Page ${page} of ${pages}`,
  },
};

export type AuditReportLabels = Labels;

/** The result of one criterion in words, or "–" when this reader may not see it (yet). */
export function criterionResultText(c: ReportCriterion, labels: Labels, locale: Locale): string {
  const r = c.result;
  if (!r) return '–';
  if (r.notApplicable) return labels.notApplicable;
  switch (c.kind) {
    case 'points':
      return r.points === null
        ? '–'
        : c.maxPoints !== null
          ? labels.pointsOf(formatNumber(r.points, locale), formatNumber(c.maxPoints, locale))
          : formatNumber(r.points, locale);
    case 'graded': {
      if (r.grade === null) return '–';
      const rate =
        r.deviationRate === null
          ? ''
          : ` (${labels.deviation(new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 1 }).format(r.deviationRate))})`;
      return `${labels.gradeN(r.grade)}${rate}`;
    }
    case 'maturity':
      return r.maturityLevel === null ? '–' : labels.maturityLevel(r.maturityLevel);
    case 'conformity':
      return r.conformity === null ? '–' : labels.conformity[r.conformity];
  }
}
