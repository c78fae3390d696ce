import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { mapHeader } from './import-columns.js';
import { fieldsOf, ImportFileError, type ImportSource, type SourceItem } from './import-source.js';

/** A cell as the text a person sees; exceljs hands dates as UTC instants of the wall-clock time. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return ''; // an error cell, or a kind exceljs adds later, shows nothing
  }
  return String(value);
}

async function* sheetRows(content: Buffer): AsyncGenerator<{ number: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  // exceljs 4.4 reads `model.sheets` when a worksheet comes before xl/workbook.xml in the zip and
  // crashes while the model is still unset; the order of zip entries is up to the program that
  // wrote the file (exceljs's own writer varies it), so start from an empty model
  (reader as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        yield { number: row.number, cells: values.slice(1).map((v) => cellText(v)) };
      }
      return; // the first sheet only
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(`Die XLSX-Datei ist beschädigt und nicht weiter lesbar: ${(err as Error).message}`);
  }
}

/** The header cells of the first sheet, for the check at upload. */
export async function xlsxHeader(content: Buffer): Promise<string[]> {
  for await (const row of sheetRows(content)) return row.cells;
  return [];
}

/** Streams the first sheet: row 1 is the header, every later row one case. */
export function xlsxSource(content: Buffer): ImportSource {
  return {
    label: 'Zeile',
    async *items(): AsyncGenerator<SourceItem> {
      let header: ReturnType<typeof mapHeader> | null = null;
      for await (const row of sheetRows(content)) {
        if (!header) {
          header = mapHeader(row.cells, { promiseRequired: false });
          continue;
        }
        const item = fieldsOf(header, row.cells, row.number);
        if (item) yield item;
      }
    },
  };
}
