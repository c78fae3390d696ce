import { AUDIT_PLAN_LABELS, type AuditPlanLabels } from './audit-plan.labels.js';
import {
  type AuditPlanDocument,
  criterionLabel,
  dayHeading,
  type PlanSlot,
  processWithNote,
  slotsByDay,
  timeRange,
} from './audit-plan.model.js';
import {
  ACCENT,
  accentRule,
  contentWidth,
  createPdf,
  formatInstant,
  MUTED,
  pageFooters,
  pdfText,
  renderPdf,
  type PdfOptions,
} from './pdf-common.js';
import { createPdfTable, fitColumns } from './pdf-table.js';

type Doc = PDFKit.PDFDocument;

const BODY_SIZE = 8.5;

/**
 * The printable audit plan: a landscape table by day — time, stage, department, site, process,
 * auditor, interviewees and the clauses or criteria covered, each with its title.
 */
export async function buildAuditPlanPdf(input: AuditPlanDocument, options: PdfOptions = {}): Promise<Buffer> {
  const labels = AUDIT_PLAN_LABELS[input.locale];
  const doc = createPdf(
    {
      size: 'A4',
      layout: 'landscape',
      margins: { top: 40, bottom: 50, left: 40, right: 40 },
      bufferPages: true,
      info: { Title: `${labels.documentTitle} – ${input.municipalityName}`, Author: input.certifierName, CreationDate: input.generatedAt },
    },
    options,
  );
  return renderPdf(doc, () => {
    titleBlock(doc, input, labels);
    planTable(doc, input, labels);
    pageFooters(doc, labels.footer, 30);
  });
}

function titleBlock(doc: Doc, input: AuditPlanDocument, labels: AuditPlanLabels) {
  const width = contentWidth(doc);
  doc.font('Helvetica-Bold').fontSize(14).fillColor(ACCENT).text(pdfText(input.certifierName), { width });
  const ruleY = doc.y + 4;
  accentRule(doc, ruleY);
  doc.y = ruleY + 12;
  doc
    .font('Helvetica-Bold')
    .fontSize(17)
    .fillColor('black')
    .text(`${labels.documentTitle}: ${pdfText(input.municipalityName)}`, doc.page.margins.left, doc.y, { width });
  doc
    .font('Helvetica')
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(
      pdfText(`${labels.kinds[input.auditKind]} · ${input.schemeTitle[input.locale]} · ${formatInstant(input.generatedAt, input.locale)}`),
      { width },
    );
  doc.fillColor('black').moveDown(0.8);
}

function planTable(doc: Doc, input: AuditPlanDocument, labels: AuditPlanLabels) {
  if (input.slots.length === 0) {
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(labels.empty, { width: contentWidth(doc) });
    return;
  }
  const table = createPdfTable(
    doc,
    fitColumns(doc, [
      { header: labels.time, width: 72 },
      { header: labels.stage, width: 72 },
      { header: labels.department, width: 112 },
      { header: labels.site, width: 88 },
      { header: labels.process, width: 100 },
      { header: labels.auditor, width: 82 },
      { header: labels.interviewees, width: 100 },
      { header: labels.criteria },
    ]),
    { fontSize: BODY_SIZE, continued: labels.continued },
  );
  table.header();
  for (const { day, slots } of slotsByDay(input.slots)) {
    const rows = slots.map((s) => cells(s, input, labels));
    table.caption(dayHeading(day, input.locale), rows[0]);
    for (const row of rows) table.row(row);
  }
}

function cells(s: PlanSlot, input: AuditPlanDocument, labels: AuditPlanLabels): string[] {
  const hours = labels.hours ? ` ${labels.hours}` : '';
  return [
    `${timeRange(s, input.locale)}${hours}`,
    s.stage ? labels.stages[s.stage] : '',
    s.department,
    s.site,
    processWithNote(s, labels.note),
    s.auditorName,
    s.interviewees,
    s.criteria.map((c) => criterionLabel(c, input.locale)).join('\n'),
  ];
}
