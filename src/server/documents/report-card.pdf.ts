import {
  ACCENT,
  contentWidth,
  createPdf,
  ensureSpace,
  formatCalendarDate,
  formatInstant,
  formatNumber,
  letterhead,
  pageFooters,
  pdfText,
  renderPdf,
  sectionHeading,
  type Locale,
  type Localized,
  type PdfOptions,
} from './pdf-common.js';
import { TABLE_COLORS } from './pdf-table.js';
import { REPORT_CARD_LABELS } from './report-card.labels.js';

export type ReportCardInput = {
  locale: Locale;
  certifierName: string;
  municipalityName: string;
  schemeTitle: Localized;
  catalogVersion: string;
  releasedAt: Date;
  passed: boolean;
  regularPoints: number;
  maxRegularPoints: number;
  bonusPoints: number;
  totalPoints: number;
  passMark: number | null;
  topics: { title: Localized; points: number; maxPoints: number }[];
  developmentGoals: { title: string; targetDate?: string | null }[];
  nextSteps?: string | null;
  certificateNumber?: string | null;
  validUntil?: string | null;
};

type Doc = PDFKit.PDFDocument;
type Labels = (typeof REPORT_CARD_LABELS)[Locale];

const BODY_SIZE = 10.5;

/** The Zeugnis sent by post in step 4: result, points per topic field, agreed goals; confidential. */
export async function buildReportCard(input: ReportCardInput, options: PdfOptions = {}): Promise<Buffer> {
  const labels = REPORT_CARD_LABELS[input.locale];
  const doc = createPdf(
    {
      size: 'A4',
      margins: { top: 56, bottom: 70, left: 68, right: 56 },
      bufferPages: true,
      info: { Title: `${labels.documentTitle} – ${input.municipalityName}`, Author: input.certifierName, CreationDate: input.releasedAt },
    },
    options,
  );
  return renderPdf(doc, () => {
    letterheadWithAddress(doc, input);
    opening(doc, input, labels);
    summary(doc, input, labels);
    topicTable(doc, input, labels);
    goals(doc, input, labels);
    outcome(doc, input, labels);
    closing(doc, input, labels);
    pageFooters(doc, (page, pages) => labels.footer(input.catalogVersion, page, pages), 40);
  });
}

function letterheadWithAddress(doc: Doc, input: ReportCardInput) {
  const width = contentWidth(doc);
  letterhead(doc, input.certifierName, input.schemeTitle[input.locale]);
  // DIN 5008: the address sits where a window envelope shows it (about 45 mm from the top).
  doc
    .font('Helvetica')
    .fontSize(BODY_SIZE)
    .fillColor('black')
    .text(pdfText(input.municipalityName), doc.page.margins.left, 128, { width: width / 2 });
  doc.text(formatInstant(input.releasedAt, input.locale), doc.page.margins.left, 128, { width, align: 'right' });
  doc.x = doc.page.margins.left;
  doc.y = 230;
}

function opening(doc: Doc, input: ReportCardInput, labels: Labels) {
  const width = contentWidth(doc);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(pdfText(labels.subject(input.schemeTitle[input.locale])), { width });
  doc.moveDown();
  doc.font('Helvetica').fontSize(BODY_SIZE).text(labels.salutation, { width }).moveDown(0.5);
  doc.text(labels.intro, { width, align: 'justify' }).moveDown();
}

function summary(doc: Doc, input: ReportCardInput, labels: Labels) {
  const n = (value: number) => formatNumber(value, input.locale);
  ensureSpace(doc, 110);
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .fillColor(input.passed ? '#1b6e2e' : '#a1261b');
  doc.text(`${labels.result}: ${input.passed ? labels.passed : labels.failed}`, { width: contentWidth(doc) });
  doc.fillColor('black').moveDown(0.4);
  const rows: [string, string][] = [
    [labels.regular, labels.regularPoints(n(input.regularPoints), n(input.maxRegularPoints))],
    [labels.bonusPoints, n(input.bonusPoints)],
    [labels.totalPoints, n(input.totalPoints)],
  ];
  if (input.passMark !== null) rows.push([labels.passMark, n(input.passMark)]);
  for (const [label, value] of rows) keyValue(doc, label, value, label === labels.totalPoints);
  doc.moveDown();
}

function keyValue(doc: Doc, label: string, value: string, bold: boolean) {
  const x = doc.page.margins.left;
  const y = doc.y;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
  doc.text(label, x, y, { width: 200 });
  doc.text(value, x + 210, y, { width: 150 });
  doc.x = x;
}

function topicTable(doc: Doc, input: ReportCardInput, labels: Labels) {
  if (input.topics.length === 0) return;
  sectionHeading(doc, labels.topicsHeading, 60);
  tableRow(doc, [labels.topic, labels.points, labels.maxPoints], true);
  for (const topic of input.topics) {
    const cells = [
      pdfText(topic.title[input.locale]),
      formatNumber(topic.points, input.locale),
      formatNumber(topic.maxPoints, input.locale),
    ];
    // A topic field that would be cut by the page end moves whole to the next page, under a repeated header.
    if (ensureSpace(doc, rowHeight(doc, cells[0]!))) tableRow(doc, [labels.topic, labels.points, labels.maxPoints], true);
    tableRow(doc, cells, false);
  }
  doc.moveDown();
}

const NUMBER_COLUMN = 90;

function rowHeight(doc: Doc, title: string): number {
  doc.font('Helvetica').fontSize(BODY_SIZE);
  return doc.heightOfString(title, { width: contentWidth(doc) - 2 * NUMBER_COLUMN - 8 }) + 8;
}

function tableRow(doc: Doc, cells: string[], header: boolean) {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const titleWidth = width - 2 * NUMBER_COLUMN - 8;
  const y = doc.y;
  const height = rowHeight(doc, cells[0]!);
  if (header) doc.rect(x, y, width, height).fill(TABLE_COLORS.headerFill).fillColor('black');
  doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
  doc.text(cells[0]!, x + 4, y + 4, { width: titleWidth });
  doc.text(cells[1]!, x + titleWidth + 4, y + 4, { width: NUMBER_COLUMN, align: 'right' });
  doc.text(cells[2]!, x + titleWidth + NUMBER_COLUMN + 4, y + 4, { width: NUMBER_COLUMN, align: 'right' });
  doc
    .moveTo(x, y + height)
    .lineTo(x + width, y + height)
    .lineWidth(0.5)
    .strokeColor(TABLE_COLORS.rule)
    .stroke();
  doc.x = x;
  doc.y = y + height;
}

function goals(doc: Doc, input: ReportCardInput, labels: Labels) {
  sectionHeading(doc, labels.goalsHeading, 40);
  const width = contentWidth(doc);
  doc.font('Helvetica').fontSize(BODY_SIZE);
  if (input.developmentGoals.length === 0) doc.text(labels.noGoals, { width });
  input.developmentGoals.forEach((goal, i) => {
    const due = goal.targetDate ? ` (${labels.until(formatCalendarDate(goal.targetDate, input.locale))})` : '';
    const line = `${i + 1}. ${pdfText(goal.title)}${due}`;
    ensureSpace(doc, doc.heightOfString(line, { width: width - 12 }));
    doc.text(line, doc.page.margins.left + 12, doc.y, { width: width - 12 }).moveDown(0.3);
  });
  doc.x = doc.page.margins.left;
  doc.moveDown();
}

function outcome(doc: Doc, input: ReportCardInput, labels: Labels) {
  const width = contentWidth(doc);
  if (input.passed && input.certificateNumber) {
    const validUntil = input.validUntil ? formatCalendarDate(input.validUntil, input.locale) : null;
    const text = labels.certificate(pdfText(input.certificateNumber), validUntil);
    ensureSpace(doc, doc.heightOfString(text, { width }));
    doc.font('Helvetica').fontSize(BODY_SIZE).text(text, { width }).moveDown();
  }
  if (!input.passed) {
    sectionHeading(doc, labels.nextStepsHeading, 40);
    const text = pdfText(input.nextSteps?.trim() || labels.defaultNextSteps);
    doc.font('Helvetica').fontSize(BODY_SIZE).text(text, { width }).moveDown();
  }
}

function closing(doc: Doc, input: ReportCardInput, labels: Labels) {
  const width = contentWidth(doc);
  ensureSpace(doc, 110);
  const x = doc.page.margins.left;
  const boxY = doc.y;
  doc.font('Helvetica-Bold').fontSize(BODY_SIZE);
  const boxHeight = doc.heightOfString(labels.confidential, { width: width - 20 }) + 16;
  doc.rect(x, boxY, width, boxHeight).lineWidth(1).strokeColor(ACCENT).stroke();
  doc.fillColor(ACCENT).text(labels.confidential, x + 10, boxY + 8, { width: width - 20 });
  doc
    .fillColor('black')
    .font('Helvetica')
    .text(labels.closing, x, boxY + boxHeight + 24, { width });
  doc.moveDown(2).text(pdfText(input.certifierName), { width });
}
