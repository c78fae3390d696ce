import ExcelJS from 'exceljs';
import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { AUDIT_REPORT_LABELS, criterionResultText } from './audit-report.labels.js';
import type { AuditReportInput } from './audit-report.model.js';

// The audit report as a workbook: one sheet each for criteria, findings and corrective actions,
// a header row on top (frozen, filterable), full texts (the PDF cuts long table cells).

type Column = { header: string; width: number; numFmt?: string };

const DATE = 'dd.mm.yyyy';

/** A calendar date as an Excel date (UTC midnight, so no time zone can shift the day). */
const excelDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const berlinDay = (d: Date | null) => (d ? excelDate(toBerlinDate(d)) : null);

export async function buildAuditReportXlsx(input: AuditReportInput): Promise<Buffer> {
  const labels = AUDIT_REPORT_LABELS[input.locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Siegelwerk';
  workbook.created = input.generatedAt;
  workbook.title = `${labels.documentTitle} – ${input.municipalityName}`;
  workbook.subject = `${input.schemeTitle[input.locale]} ${input.catalogVersion} · ${labels.kinds[input.auditKind]}`;

  const counts = new Map<string, number>();
  for (const f of input.findings) counts.set(f.criterionId, (counts.get(f.criterionId) ?? 0) + 1);
  const criterionColumns: Column[] = [
    { header: labels.reference, width: 8 },
    { header: labels.topic, width: 32 },
    { header: labels.criterion, width: 48 },
    { header: labels.result, width: 28 },
    ...(input.showResults ? [{ header: labels.points, width: 10 }] : []),
    { header: labels.findingsCount, width: 14 },
  ];
  addSheet(
    workbook,
    labels.sheets.criteria,
    criterionColumns,
    input.criteria.map((c) => [
      c.reference ?? '',
      c.topicTitle[input.locale],
      c.title[input.locale],
      criterionResultText(c, labels, input.locale),
      ...(input.showResults ? [c.kind === 'points' && c.result && !c.result.notApplicable ? c.result.points : null] : []),
      counts.get(c.id) ?? 0,
    ]),
  );

  const refOf = new Map(input.criteria.map((c) => [c.id, c.reference ?? c.id]));
  const titleOf = new Map(input.criteria.map((c) => [c.id, c.title[input.locale]]));
  addSheet(
    workbook,
    labels.sheets.findings,
    [
      { header: labels.number, width: 6 },
      { header: labels.reference, width: 8 },
      { header: labels.criterion, width: 36 },
      { header: labels.grade, width: 24 },
      { header: labels.status, width: 12 },
      { header: labels.description, width: 48 },
      { header: labels.evidence, width: 36 },
      { header: labels.rootCause, width: 36 },
      { header: labels.response, width: 40 },
      { header: labels.carriedOverHeader, width: 14 },
      { header: labels.escalatedHeader, width: 14 },
      { header: labels.closedAtHeader, width: 14, numFmt: DATE },
    ],
    input.findings.map((f) => [
      f.number,
      refOf.get(f.criterionId) ?? f.criterionId,
      titleOf.get(f.criterionId) ?? f.criterionId,
      labels.grades[f.grade],
      labels.findingStatus[f.status],
      f.description,
      f.evidence,
      f.rootCause,
      f.municipalityResponse ?? '',
      f.carriedOver ? labels.yes : labels.no,
      f.escalated ? labels.yes : labels.no,
      berlinDay(f.closedAt),
    ]),
  );

  addSheet(
    workbook,
    labels.sheets.actions,
    [
      { header: labels.finding, width: 10 },
      { header: labels.action, width: 48 },
      { header: labels.owner, width: 24 },
      { header: labels.ownerEmail, width: 28 },
      { header: labels.due, width: 12, numFmt: DATE },
      { header: labels.status, width: 16 },
      { header: labels.completedOn, width: 12, numFmt: DATE },
      { header: labels.completionNote, width: 40 },
      { header: labels.effectiveness, width: 18 },
      { header: labels.effectivenessNote, width: 40 },
    ],
    input.actions.map((a) => [
      a.findingNumber,
      a.description,
      a.ownerName,
      a.ownerEmail ?? '',
      excelDate(a.dueOn),
      labels.actionStatus[a.status],
      excelDate(a.completedOn),
      a.completionNote ?? '',
      a.effectiveness ? labels.effectivenessValues[a.effectiveness] : labels.notChecked,
      a.effectivenessNote ?? '',
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const values of rows) sheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}
