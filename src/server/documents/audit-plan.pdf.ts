import { AUDIT_PLAN_LABELS, type AuditPlanLabels } from './audit-plan.labels.js';
import { type AuditPlanDocument, criterionLabel, dayHeading, type PlanSlot, slotsByDay, timeRange } from './audit-plan.model.js';
import { contentWidth, createPdf, formatInstant, pdfText, renderPdf, type PdfOptions } from './pdf-common.js';
import { createPdfTable } from './pdf-table.js';

type Doc = PDFKit.PDFDocument;

const ACCENT = '#1f3a68';
const MUTED = '#555555';
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
    footers(doc, labels);
  });
}

function titleBlock(doc: Doc, input: AuditPlanDocument, labels: AuditPlanLabels) {
  const width = contentWidth(doc);
  doc.font('Helvetica-Bold').fontSize(14).fillColor(ACCENT).text(pdfText(input.certifierName), { width });
  const ruleY = doc.y + 4;
  doc.moveTo(doc.page.margins.left, ruleY).lineTo(doc.page.width - doc.page.margins.right, ruleY).lineWidth(1).strokeColor(ACCENT).stroke();
  doc.y = ruleY + 12;
  doc.font('Helvetica-Bold').fontSize(17).fillColor('black').text(`${labels.documentTitle}: ${pdfText(input.municipalityName)}`, doc.page.margins.left, doc.y, { width });
  doc
    .font('Helvetica')
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(pdfText(`${labels.kinds[input.auditKind]} · ${input.schemeTitle[input.locale]} · ${formatInstant(input.generatedAt, input.locale)}`), { width });
  doc.fillColor('black').moveDown(0.8);
}

function planTable(doc: Doc, input: AuditPlanDocument, labels: AuditPlanLabels) {
  if (input.slots.length === 0) {
    doc.font('Helvetica').fontSize(10).text(labels.empty, { width: contentWidth(doc) });
    return;
  }
  const fixed = { time: 72, stage: 72, department: 112, site: 88, process: 100, auditor: 82, interviewees: 100 };
  const criteriaWidth = contentWidth(doc) - Object.values(fixed).reduce((s, w) => s + w, 0);
  const table = createPdfTable(
    doc,
    [
      { header: labels.time, width: fixed.time },
      { header: labels.stage, width: fixed.stage },
      { header: labels.department, width: fixed.department },
      { header: labels.site, width: fixed.site },
      { header: labels.process, width: fixed.process },
      { header: labels.auditor, width: fixed.auditor },
      { header: labels.interviewees, width: fixed.interviewees },
      { header: labels.criteria, width: criteriaWidth },
    ],
    { fontSize: BODY_SIZE, headerFill: '#e6ebf3', captionFill: '#f3f5f9', rule: '#b0b8c8', continued: labels.continued },
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
    [s.process, s.note ? `${labels.note}: ${s.note}` : ''].filter(Boolean).join('\n'),
    s.auditorName,
    s.interviewees,
    s.criteria.map((c) => criterionLabel(c, input.locale)).join('\n'),
  ];
}

function footers(doc: Doc, labels: AuditPlanLabels) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit open a new page; lift the margin meanwhile.
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(labels.footer(i + 1, range.count), doc.page.margins.left, doc.page.height - 30, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
