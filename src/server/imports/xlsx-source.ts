import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
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

/** The parts of exceljs's streaming reader that the zip's entry order decides about. */
type ReaderInternals = {
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
};

/**
 * exceljs's streaming reader parks a worksheet that comes before the shared strings or the
 * workbook relations in the zip (exceljs's own writer puts it there) in a temporary file; that
 * path loses the shared strings now and then under load (every cell text empty) and leaves the
 * file and its descriptor open when reading stops after the first sheet. And a worksheet read
 * before the workbook part and the styles cannot tell a date cell from a number. So read every
 * part a worksheet depends on that comes after it, with exceljs's own parsers, straight from
 * the zip's directory: the worksheet is then read as it streams by.
 */
async function readAheadOfWorksheets(reader: ReaderInternals, content: Buffer) {
  const zip = await JSZip.loadAsync(content);
  const names = Object.keys(zip.files);
  const firstSheet = names.findIndex((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const part = async (name: string, parse: (entry: Readable) => Promise<unknown>) => {
    const file = zip.file(name);
    if (file && names.indexOf(name) > firstSheet) await parse(Readable.from([await file.async('nodebuffer')]));
    return file !== null;
  };
  const drain = async (events: AsyncGenerator<unknown>) => {
    for await (const _ of events);
  };
  if (!(await part('xl/_rels/workbook.xml.rels', (e) => reader._parseRels(e)))) reader.workbookRels ??= [];
  await part('xl/workbook.xml', (e) => reader._parseWorkbook(e));
  await part('xl/styles.xml', (e) => reader._parseStyles(e));
  // a file with inline strings only has none to read
  if (!(await part('xl/sharedStrings.xml', (e) => drain(reader._parseSharedStrings(e))))) reader.sharedStrings ??= [];
}

async function* sheetRows(content: Buffer): AsyncGenerator<{ number: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    await readAheadOfWorksheets(reader as unknown as ReaderInternals, content);
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
