import type { ColumnKey, HeaderMap } from './import-columns.js';
import type { RowFields } from './import-row.js';

// What every import format turns its file into: a sequence of items in file order, each a
// row to check or a row that could not even be read. The order and count are the same on
// every pass over the same bytes, so an import resumes after its committed processed_rows.

export type SourceItem = { position: number; fields: RowFields } | { position: number; problem: string };

export type ImportSource = {
  /** How rows are named in messages: "Zeile 17", "Meldung 2". */
  label: 'Zeile' | 'Meldung';
  items(): AsyncIterable<SourceItem>;
};

/** The rest of the file cannot be read (an unclosed quote, a broken archive): the import stops here. */
export class ImportFileError extends Error {}

/** A row of cells under a header becomes the fields of a case; unknown columns go into its details. */
export function fieldsOf(header: HeaderMap, cells: readonly string[], position: number): SourceItem | null {
  if (cells.every((c) => c.trim() === '')) return null;
  const extraFilled = cells.slice(header.columns.length).filter((c) => c.trim() !== '').length;
  if (extraFilled)
    return {
      position,
      problem: `${cells.length} Felder, die Kopfzeile hat nur ${header.columns.length} (Trennzeichen im Text? Dann den Text in Anführungszeichen setzen)`,
    };
  const fields: RowFields = {};
  const details: Record<string, string> = {};
  header.columns.forEach((column, i) => {
    const value = cells[i]?.trim() ?? '';
    if (!column || !value) return;
    if ('key' in column) fields[column.key as ColumnKey] = value;
    else if (Object.keys(details).length < 20) details[column.extra] = value.slice(0, 500);
  });
  if (Object.keys(details).length) fields.details = details;
  return { position, fields };
}
