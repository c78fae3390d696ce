import ExcelJS from 'exceljs';
import {
  COLUMN,
  COLUMN_WIDTHS,
  FIRST_DATA_ROW,
  FORMAT_ID,
  FORMAT_VERSION,
  HEADER_ROW,
  LABELS,
  LIMITS,
  METADATA_SHEET,
  TITLE_ROW,
  type DocumentationEntry,
  type Locale,
  type Localized,
  type TableCriterion,
} from './documentation-table.format.js';
import { cellText, excerpt, readDocumentationRows, type RowError } from './documentation-table.rows.js';
import { inspectZip, ZipLimitError } from './zip-inspection.js';

export type { DocumentationEntry, Locale, Localized, TableCriterion, RowError };

export type DocumentationTableInput = {
  locale: Locale;
  assessmentId: string;
  schemeId: string;
  catalogVersion: string;
  schemeTitle: Localized;
  municipalityName: string;
  criteria: TableCriterion[];
  entries: DocumentationEntry[];
};

export type ExpectedTable = { assessmentId: string; schemeId: string; catalogVersion: string; criterionIds: string[] };

export type DocumentationTableErrorCode =
  | 'not_xlsx'
  | 'too_large'
  | 'foreign_workbook'
  | 'unsupported_format_version'
  | 'wrong_assessment'
  | 'wrong_scheme'
  | 'wrong_catalog_version'
  | 'too_many_rows';

/** The upload as a whole cannot be used; `code` is stable so the caller can translate it. */
export class DocumentationTableError extends Error {
  constructor(
    readonly code: DocumentationTableErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentationTableError';
  }
}

/** The "Dokumentationstabelle" the certifier sends in step 2 and the municipality hands back filled. */
export async function buildDocumentationTable(input: DocumentationTableInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Siegelwerk';
  const labels = LABELS[input.locale];
  const sheet = workbook.addWorksheet(labels.sheet, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  writeTitle(sheet, input);
  writeHeader(sheet, input.locale);
  const byId = new Map(input.entries.map((e) => [e.criterionId, e]));
  input.criteria.forEach((criterion, i) =>
    writeCriterionRow(sheet.getRow(FIRST_DATA_ROW + i), criterion, byId.get(criterion.id), input.locale),
  );
  // No password: protection only guards the catalog text against slips, it is not a security boundary.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  writeMetadata(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeTitle(sheet: ExcelJS.Worksheet, input: DocumentationTableInput) {
  const labels = LABELS[input.locale];
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, COLUMN_WIDTHS.length);
  const cell = sheet.getCell(TITLE_ROW, 1);
  cell.value = `${labels.title}: ${input.schemeTitle[input.locale]} – ${input.municipalityName} (${labels.version} ${input.catalogVersion}). ${labels.hint}`;
  cell.font = { bold: true, size: 12 };
  cell.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 36;
}

function writeHeader(sheet: ExcelJS.Worksheet, locale: Locale) {
  const row = sheet.getRow(HEADER_ROW);
  LABELS[locale].headers.forEach((label, i) => {
    const cell = row.getCell(i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

function writeCriterionRow(row: ExcelJS.Row, criterion: TableCriterion, entry: DocumentationEntry | undefined, locale: Locale) {
  const bullets = (items: Localized[]) => items.map((item) => `• ${item[locale]}`).join('\n');
  row.getCell(COLUMN.topic).value = criterion.topicTitle[locale];
  row.getCell(COLUMN.criterionId).value = criterion.id;
  row.getCell(COLUMN.criterion).value = criterion.title[locale];
  row.getCell(COLUMN.guidingQuestions).value = bullets(criterion.guidingQuestions);
  row.getCell(COLUMN.evidence).value = bullets(criterion.evidence);
  row.getCell(COLUMN.explanation).value = entry?.explanation ?? '';
  row.getCell(COLUMN.links).value = (entry?.links ?? []).join('\n');
  row.eachCell({ includeEmpty: true }, (cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
  for (const column of [COLUMN.explanation, COLUMN.links]) {
    const cell = row.getCell(column);
    cell.protection = { locked: false };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8E1' } };
  }
  // Excel itself refuses an over-long explanation, so the upload rarely has to.
  row.getCell(COLUMN.explanation).dataValidation = {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [LIMITS.maxExplanationLength],
    allowBlank: true,
    showErrorMessage: true,
    error: LABELS[locale].tooLong,
  };
}

function writeMetadata(workbook: ExcelJS.Workbook, input: DocumentationTableInput) {
  const sheet = workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  const pairs: [string, string | number][] = [
    ['format', FORMAT_ID],
    ['formatVersion', FORMAT_VERSION],
    ['assessmentId', input.assessmentId],
    ['schemeId', input.schemeId],
    ['catalogVersion', input.catalogVersion],
  ];
  pairs.forEach(([key, value], i) => {
    sheet.getCell(i + 1, 1).value = key;
    sheet.getCell(i + 1, 2).value = value;
  });
}

/**
 * Reads a filled table back. Whole-file problems throw a DocumentationTableError; problems of
 * single rows are collected in `errors` so the good rows can still be saved.
 */
export async function parseDocumentationTable(
  buffer: Buffer,
  expected: ExpectedTable,
): Promise<{ entries: DocumentationEntry[]; errors: RowError[] }> {
  const workbook = await loadWorkbook(buffer);
  checkMetadata(workbook, expected);
  const sheet = workbook.worksheets.find((s) => s.name !== METADATA_SHEET);
  if (!sheet) throw new DocumentationTableError('foreign_workbook', 'The workbook has no documentation sheet');
  if (sheet.actualRowCount > FIRST_DATA_ROW - 1 + LIMITS.maxRows) {
    throw new DocumentationTableError('too_many_rows', `The documentation sheet has more than ${LIMITS.maxRows} rows`);
  }
  return readDocumentationRows(sheet, new Set(expected.criterionIds));
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  if (buffer.length > LIMITS.maxFileBytes)
    throw new DocumentationTableError('too_large', `The file is larger than ${LIMITS.maxFileBytes} bytes`);
  let entries;
  try {
    entries = inspectZip(buffer, { maxEntries: LIMITS.maxZipEntries, maxInflatedBytes: LIMITS.maxInflatedBytes });
  } catch (err) {
    if (err instanceof ZipLimitError) throw new DocumentationTableError('too_large', err.message);
    throw err;
  }
  const names = new Set(entries?.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw new DocumentationTableError('not_xlsx', 'The file is not an Excel workbook (XLSX)');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new DocumentationTableError('not_xlsx', 'The file looks like an Excel workbook but cannot be read');
  }
  return workbook;
}

function checkMetadata(workbook: ExcelJS.Workbook, expected: ExpectedTable) {
  const sheet = workbook.getWorksheet(METADATA_SHEET);
  const meta = new Map<string, string>();
  sheet?.getRows(1, 20)?.forEach((row) => meta.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  if (meta.get('format') !== FORMAT_ID) {
    throw new DocumentationTableError('foreign_workbook', 'The workbook is not a documentation table downloaded from Siegelwerk');
  }
  if (meta.get('formatVersion') !== String(FORMAT_VERSION)) {
    throw new DocumentationTableError(
      'unsupported_format_version',
      `The table has format version "${excerpt(meta.get('formatVersion') ?? '')}"; please download a new one`,
    );
  }
  if (meta.get('assessmentId') !== expected.assessmentId) {
    throw new DocumentationTableError('wrong_assessment', 'The table belongs to another assessment');
  }
  if (meta.get('schemeId') !== expected.schemeId) {
    throw new DocumentationTableError(
      'wrong_scheme',
      `The table belongs to the scheme "${excerpt(meta.get('schemeId') ?? '')}", not "${expected.schemeId}"`,
    );
  }
  if (meta.get('catalogVersion') !== expected.catalogVersion) {
    throw new DocumentationTableError(
      'wrong_catalog_version',
      `The table was made for catalog version "${excerpt(meta.get('catalogVersion') ?? '')}", the assessment uses "${expected.catalogVersion}"`,
    );
  }
}
