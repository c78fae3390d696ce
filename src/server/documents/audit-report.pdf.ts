import { AUDIT_REPORT_LABELS, type AuditReportLabels, criterionResultText } from './audit-report.labels.js';
import type { AuditReportInput, ReportFinding } from './audit-report.model.js';
import {
  contentWidth,
  createPdf,
  ensureSpace,
  formatCalendarDate,
  formatInstant,
  formatNumber,
  INTL_LOCALE,
  letterhead,
  MUTED,
  pageFooters,
  pdfText,
  renderPdf,
  sectionHeading,
  type PdfOptions,
} from './pdf-common.js';
import { createPdfTable, fitColumns } from './pdf-table.js';

type Doc = PDFKit.PDFDocument;

const BODY_SIZE = 9.5;

/**
 * The audit report: scope, audit plan, result per criterion, findings, corrective actions and
 * the decision. The input already carries the reader's permissions (see audit-report.model.ts).
 */
export async function buildAuditReportPdf(input: AuditReportInput, options: PdfOptions = {}): Promise<Buffer> {
  const labels = AUDIT_REPORT_LABELS[input.locale];
  const doc = createPdf(
    {
      size: 'A4',
      margins: { top: 56, bottom: 70, left: 56, right: 56 },
      bufferPages: true,
      info: { Title: `${labels.documentTitle} – ${input.municipalityName}`, Author: input.certifierName, CreationDate: input.generatedAt },
    },
    options,
  );
  return renderPdf(doc, () => {
    titleBlock(doc, input, labels);
    scope(doc, input, labels);
    plan(doc, input, labels);
    criteria(doc, input, labels);
    findings(doc, input, labels);
    actions(doc, input, labels);
    decision(doc, input, labels);
    pageFooters(doc, (page, pages) => labels.footer(input.catalogVersion, page, pages), 40);
  });
}

function titleBlock(doc: Doc, input: AuditReportInput, labels: AuditReportLabels) {
  const width = contentWidth(doc);
  doc.y = letterhead(doc, input.certifierName, input.schemeTitle[input.locale]) + 18;
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor('black')
    .text(`${labels.documentTitle}: ${pdfText(input.municipalityName)}`, doc.page.margins.left, doc.y, { width });
  doc
    .font('Helvetica')
    .fontSize(BODY_SIZE)
    .fillColor(MUTED)
    .text(`${labels.kinds[input.auditKind]} · ${formatInstant(input.generatedAt, input.locale)}`, { width });
  doc.fillColor('black').moveDown();
}

function scope(doc: Doc, input: AuditReportInput, labels: AuditReportLabels) {
  sectionHeading(doc, labels.scopeHeading, 80);
  const date = (d: Date | null) => (d ? formatInstant(d, input.locale) : '–');
  const municipality = input.district ? `${input.municipalityName} (${input.district})` : input.municipalityName;
  const rows: [string, string][] = [
    [labels.municipality, municipality],
    [labels.certifier, input.certifierName],
    [labels.scheme, input.schemeTitle[input.locale]],
    [labels.catalogVersion, input.catalogVersion],
    [labels.auditKind, labels.kinds[input.auditKind]],
    [labels.applied, date(input.dates.appliedAt)],
    [labels.accepted, date(input.dates.acceptedAt)],
    [labels.auditDate, date(input.dates.meetingHeldAt)],
    [labels.decided, date(input.dates.releasedAt)],
  ];
  for (const [label, value] of rows) keyValue(doc, label, value);
  doc.moveDown();
}

function plan(doc: Doc, input: AuditReportInput, labels: AuditReportLabels) {
  sectionHeading(doc, labels.planHeading, 40);
  if (input.plan.length === 0) return paragraph(doc, labels.noPlan);
  const time = new Intl.DateTimeFormat(INTL_LOCALE[input.locale], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  const hour = new Intl.DateTimeFormat(INTL_LOCALE[input.locale], { timeStyle: 'short', timeZone: 'Europe/Berlin' });
  table(
    doc,
    [
      { header: labels.when, width: 95 },
      { header: labels.where },
      { header: labels.auditor, width: 90 },
      { header: labels.interviewees, width: 130 },
    ],
    input.plan.map((p) => [
      `${time.format(p.startsAt)}–${hour.format(p.endsAt)}`,
      [p.department, p.site, p.process].filter(Boolean).join(' / '),
      p.auditorName,
      [p.interviewees, p.criterionIds.length ? labels.covers(p.criterionIds.join(', ')) : ''].filter(Boolean).join('\n'),
    ]),
  );
  doc.moveDown();
}

function criteria(doc: Doc, input: AuditReportInput, labels: AuditReportLabels) {
  sectionHeading(doc, labels.criteriaHeading, 40);
  if (!input.showResults) paragraph(doc, labels.resultsHidden);
  const counts = new Map<string, number>();
  for (const f of input.findings) counts.set(f.criterionId, (counts.get(f.criterionId) ?? 0) + 1);
  table(
    doc,
    [
      { header: labels.reference, width: 40 },
      { header: labels.criterion },
      { header: labels.result, width: 125 },
      { header: labels.findingsCount, width: 85 },
    ],
    input.criteria.map((c) => [
      c.reference ?? '',
      c.title[input.locale],
      criterionResultText(c, labels, input.locale),
      String(counts.get(c.id) ?? 0),
    ]),
  );
  doc.moveDown();
}

function findings(doc: Doc, input: AuditReportInput, labels: AuditReportLabels) {
  sectionHeading(doc, labels.findingsHeading, 50);
  if (input.findings.length === 0) return paragraph(doc, labels.noFindings);
  const byId = new Map(input.criteria.map((c) => [c.id, c]));
  for (const f of input.findings) finding(doc, f, byId.get(f.criterionId), input, labels);
}

function finding(
  doc: Doc,
  f: ReportFinding,
  c: AuditReportInput['criteria'][number] | undefined,
  input: AuditReportInput,
  labels: AuditReportLabels,
) {
  const width = contentWidth(doc);
  const criterion = c ? `${c.reference ? `${c.reference} ` : ''}${c.title[input.locale]}` : f.criterionId;
  const status =
    f.status === 'closed' && f.closedAt ? labels.closedOn(formatInstant(f.closedAt, input.locale)) : labels.findingStatus[f.status];
  const notes = [f.carriedOver ? labels.carriedOver : '', f.escalated ? labels.escalated : ''].filter(Boolean).join('; ');
  const title = `${f.number}. ${labels.grades[f.grade]} – ${criterion}`;
  doc.font('Helvetica-Bold').fontSize(10.5);
  ensureSpace(doc, doc.heightOfString(pdfText(title), { width }) + 40);
  doc.fillColor('black').text(pdfText(title), doc.page.margins.left, doc.y, { width });
  doc
    .font('Helvetica')
    .fontSize(BODY_SIZE)
    .fillColor(MUTED)
    .text(`${labels.status}: ${status}${notes ? ` · ${notes}` : ''}`, { width });
  doc.fillColor('black');
  const parts: [string, string | null][] = [
    [labels.description, f.description],
    [labels.evidence, f.evidence],
    [labels.rootCause, f.rootCause],
    [labels.response, f.municipalityResponse],
  ];
  for (const [label, text] of parts) {
    if (!text?.trim()) continue;
    const body = pdfText(text.trim());
    doc.font('Helvetica').fontSize(BODY_SIZE);
    ensureSpace(doc, Math.min(doc.heightOfString(body, { width: width - 12 }) + 14, 80));
    doc.font('Helvetica-Bold').text(`${label}:`, doc.page.margins.left + 12, doc.y, { width: width - 12 });
    doc.font('Helvetica').text(body, { width: width - 12 });
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.6);
}

function actions(doc: Doc, input: AuditReportInput, labels: AuditReportLabels) {
  sectionHeading(doc, labels.actionsHeading, 40);
  if (input.actions.length === 0) return paragraph(doc, labels.noActions);
  table(
    doc,
    [
      { header: labels.number, width: 28 },
      { header: labels.action },
      { header: labels.owner, width: 95 },
      { header: labels.due, width: 62 },
      { header: labels.status, width: 75 },
      { header: labels.effectiveness, width: 95 },
    ],
    input.actions.map((a) => [
      String(a.findingNumber),
      [a.description, a.completionNote ? `${labels.completionNote}: ${a.completionNote}` : ''].filter(Boolean).join('\n'),
      [a.ownerName, a.ownerEmail ?? ''].filter(Boolean).join('\n'),
      formatCalendarDate(a.dueOn, input.locale),
      a.status === 'done' && a.completedOn
        ? `${labels.actionStatus.done}\n${formatCalendarDate(a.completedOn, input.locale)}`
        : labels.actionStatus[a.status],
      a.effectiveness
        ? [labels.effectivenessValues[a.effectiveness], a.effectivenessNote ?? ''].filter(Boolean).join('\n')
        : labels.notChecked,
    ]),
  );
  doc.moveDown();
}

function decision(doc: Doc, input: AuditReportInput, labels: AuditReportLabels) {
  sectionHeading(doc, labels.decisionHeading, 60);
  const d = input.decision;
  const outcome =
    { passed: labels.decisionPassed, failed: labels.decisionFailed, declined: labels.decisionDeclined }[d.status as 'passed'] ??
    labels.decisionPending;
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor(d.status === 'passed' ? '#1b6e2e' : d.status === 'failed' ? '#a1261b' : 'black');
  doc.text(outcome, { width: contentWidth(doc) }).fillColor('black');
  if (d.openMajorCount > 0) {
    doc
      .font('Helvetica-Bold')
      .fontSize(BODY_SIZE)
      .fillColor('#a1261b')
      .text(labels.blockedByMajors(d.openMajorCount), { width: contentWidth(doc) });
    doc.fillColor('black');
  }
  if (d.totalPoints !== null)
    paragraph(
      doc,
      labels.totalPoints(formatNumber(d.totalPoints, input.locale), d.passMark === null ? null : formatNumber(d.passMark, input.locale)),
    );
  if (d.certificateNumber)
    paragraph(doc, labels.certificate(d.certificateNumber, d.validUntil ? formatCalendarDate(d.validUntil, input.locale) : null));
  if (d.nextSteps?.trim()) {
    doc
      .font('Helvetica-Bold')
      .fontSize(BODY_SIZE)
      .text(`${labels.nextSteps}:`, { width: contentWidth(doc) });
    paragraph(doc, d.nextSteps.trim());
  }
}

function paragraph(doc: Doc, text: string) {
  const width = contentWidth(doc);
  doc.font('Helvetica').fontSize(BODY_SIZE);
  const body = pdfText(text);
  ensureSpace(doc, Math.min(doc.heightOfString(body, { width }), 60));
  doc.text(body, doc.page.margins.left, doc.y, { width }).moveDown(0.5);
}

function keyValue(doc: Doc, label: string, value: string) {
  const x = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - 150;
  doc.font('Helvetica').fontSize(BODY_SIZE);
  const height = Math.max(doc.heightOfString(label, { width: 140 }), doc.heightOfString(pdfText(value), { width: valueWidth }));
  ensureSpace(doc, height);
  const y = doc.y;
  doc.fillColor(MUTED).text(label, x, y, { width: 140 });
  doc.fillColor('black').text(pdfText(value), x + 150, y, { width: valueWidth });
  doc.x = x;
  doc.y = y + height + 2;
}

/** A table of the report: the column without a width takes the rest; cells too long for a page are cut (the XLSX has them in full). */
function table(doc: Doc, columns: { header: string; width?: number }[], rows: string[][]) {
  const t = createPdfTable(doc, fitColumns(doc, columns), { fontSize: BODY_SIZE });
  t.header();
  for (const cells of rows) t.row(cells);
}
