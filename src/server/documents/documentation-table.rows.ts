import type ExcelJS from 'exceljs';
import { COLUMN, FIRST_DATA_ROW, LIMITS, type DocumentationEntry } from './documentation-table.format.js';

export type RowErrorCode =
  'missing_criterion_id' | 'unknown_criterion' | 'duplicate_criterion' | 'explanation_too_long' | 'too_many_links' | 'invalid_link';

/** `row` is the 1-based row number the user sees in Excel. */
export type RowError = { row?: number; code: RowErrorCode; message: string };

type RowResult = { entry: DocumentationEntry } | { errors: RowError[] } | null;

/** Reads the data rows; a row with any problem is skipped as a whole so half a row is never saved. */
export function readDocumentationRows(
  sheet: ExcelJS.Worksheet,
  knownIds: Set<string>,
): { entries: DocumentationEntry[]; errors: RowError[] } {
  const entries: DocumentationEntry[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < FIRST_DATA_ROW) return;
    const result = readRow(row, rowNumber, knownIds, seen);
    if (result && 'entry' in result) entries.push(result.entry);
    else if (result) errors.push(...result.errors);
  });
  return { entries, errors };
}

function readRow(row: ExcelJS.Row, rowNumber: number, knownIds: Set<string>, seen: Set<string>): RowResult {
  const criterionId = cellText(row.getCell(COLUMN.criterionId).value).trim();
  const explanation = normalizeText(cellText(row.getCell(COLUMN.explanation).value));
  const links = cellText(row.getCell(COLUMN.links).value)
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  // A row without any content is "nothing documented": importing it would wipe text typed in the web form since the download.
  if (explanation === '' && links.length === 0) return null;
  const fail = (code: RowErrorCode, message: string): RowError => ({ row: rowNumber, code, message });
  const errors: RowError[] = [];
  if (!criterionId) errors.push(fail('missing_criterion_id', 'The row has text but no criterion id'));
  else if (!knownIds.has(criterionId)) errors.push(fail('unknown_criterion', `Unknown criterion id "${excerpt(criterionId)}"`));
  else if (seen.has(criterionId)) errors.push(fail('duplicate_criterion', `Criterion "${criterionId}" appears more than once`));
  if (explanation.length > LIMITS.maxExplanationLength) {
    errors.push(
      fail('explanation_too_long', `The explanation has ${explanation.length} characters (at most ${LIMITS.maxExplanationLength})`),
    );
  }
  if (links.length > LIMITS.maxLinks) errors.push(fail('too_many_links', `${links.length} links given (at most ${LIMITS.maxLinks})`));
  else
    errors.push(
      ...links.filter((link) => !isWebLink(link)).map((link) => fail('invalid_link', `"${excerpt(link)}" is not an http(s) link`)),
    );
  if (errors.length > 0) return { errors };
  seen.add(criterionId);
  return { entry: { criterionId, explanation, links } };
}

/** Only web links: a `javascript:` or `file:` link would later be rendered as a clickable link for the certifier. */
export function isWebLink(text: string): boolean {
  if (text.length > LIMITS.maxLinkLength || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Excel stores what a user typed in several shapes: plain strings, rich text (after formatting
 * part of a cell), hyperlinks (Excel turns a typed URL into one) and formulas with a cached result.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((part: { text?: unknown }) => cellText(part.text)).join('');
  if ('hyperlink' in value) return cellText('text' in value ? value.text : value.hyperlink);
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result) : '';
  return '';
}

function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Keeps messages short when they echo what the user typed. */
export function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
