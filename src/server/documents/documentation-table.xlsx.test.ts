import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildDocumentationTable,
  DocumentationTableError,
  parseDocumentationTable,
  type DocumentationTableInput,
} from './documentation-table.xlsx.js';

const criteria = ['1.1', '1.2', '2.1'].map((id) => ({
  id,
  topicTitle: { de: 'Service für Unternehmen', en: 'Service for businesses' },
  title: { de: `Kriterium ${id} – Größe`, en: `Criterion ${id}` },
  guidingQuestions: [{ de: 'Gibt es einen Lotsen?', en: 'Is there a pilot?' }],
  evidence: [{ de: 'Organigramm', en: 'Organisation chart' }],
}));

const input: DocumentationTableInput = {
  locale: 'de',
  assessmentId: '6f1c1f3e-0000-4000-8000-000000000001',
  schemeId: 'ihk-mittelstandsfreundliche-kommune',
  catalogVersion: '2024.1',
  schemeTitle: { de: 'Mittelstandsfreundliche Kommune', en: 'Business-friendly municipality' },
  municipalityName: 'Musterstadt an der Düssel',
  criteria,
  entries: [
    {
      criterionId: '1.1',
      explanation: 'Unser Lotse heißt Frau Müller.\nSie antwortet binnen 1 Tag.',
      links: ['https://musterstadt.de/lotse', 'http://example.org/a?b=c'],
    },
    { criterionId: '2.1', explanation: 'Siehe Ordner, Kapitel 3.', links: [] },
  ],
};

const expected = {
  assessmentId: input.assessmentId,
  schemeId: input.schemeId,
  catalogVersion: input.catalogVersion,
  criterionIds: criteria.map((c) => c.id),
};

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocumentationTableError);
  return (err as DocumentationTableError).code;
}

/** Edits the generated table the way a user would in Excel, then saves it again. */
async function edited(buffer: Buffer, edit: (sheet: ExcelJS.Worksheet, meta: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  edit(workbook.worksheets[0]!, workbook.getWorksheet('_siegelwerk')!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A valid zip that holds no workbook: one stored text file. */
function plainZip(name: string, content: Buffer, method: 0 | 8 = 0): Buffer {
  const data = method === 8 ? deflateRawSync(content) : content;
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('documentation table', () => {
  it('round-trips the entries, with umlauts and line breaks', async () => {
    const parsed = await parseDocumentationTable(await buildDocumentationTable(input), expected);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual(input.entries);
  });

  it('builds a frozen header, a veryHidden metadata sheet, locked catalog text and unlocked answer cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildDocumentationTable({ ...input, locale: 'en' })) as unknown as ExcelJS.Buffer);
    const [sheet, meta] = workbook.worksheets;
    expect(sheet!.name).toBe('Documentation');
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet!.getCell('C3').value).toBe('Criterion 1.1');
    expect(sheet!.getCell('F3').protection?.locked).toBe(false);
    expect(sheet!.getCell('C3').protection?.locked).not.toBe(false);
    expect(meta!.name).toBe('_siegelwerk');
    expect(meta!.state).toBe('veryHidden');
  });

  it('reads what a user typed in Excel, including rich text and auto-detected hyperlinks', async () => {
    const buffer = await edited(await buildDocumentationTable({ ...input, entries: [] }), (sheet) => {
      sheet.getCell('F4').value = { richText: [{ text: 'Fett ', font: { bold: true } }, { text: 'und normal' }] };
      sheet.getCell('G4').value = { text: 'https://example.org/x', hyperlink: 'https://example.org/x' };
    });
    const parsed = await parseDocumentationTable(buffer, expected);
    expect(parsed).toEqual({
      entries: [{ criterionId: '1.2', explanation: 'Fett und normal', links: ['https://example.org/x'] }],
      errors: [],
    });
  });

  it('reports bad rows by their Excel row number and keeps the good rows', async () => {
    const buffer = await edited(await buildDocumentationTable(input), (sheet) => {
      sheet.getCell('G4').value = 'https://ok.example.org\njavascript:alert(1)';
      sheet.getCell('F4').value = 'Text';
      sheet.getRow(6).getCell(2).value = '9.9';
      sheet.getRow(6).getCell(6).value = 'Unknown criterion';
      sheet.getRow(7).getCell(2).value = '2.1';
      sheet.getRow(7).getCell(6).value = 'x'.repeat(10_001);
      sheet.getRow(8).getCell(2).value = '1.1';
      sheet.getRow(8).getCell(7).value = Array.from({ length: 21 }, (_, i) => `https://example.org/${i}`).join('\n');
    });
    const parsed = await parseDocumentationTable(buffer, expected);
    expect(parsed.entries.map((e) => e.criterionId)).toEqual(['1.1', '2.1']);
    expect(parsed.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'invalid_link'],
      [6, 'unknown_criterion'],
      [7, 'duplicate_criterion'],
      [7, 'explanation_too_long'],
      [8, 'duplicate_criterion'],
      [8, 'too_many_links'],
    ]);
    expect(parsed.errors[0]!.message).toContain('javascript:alert(1)');
  });

  it('refuses bytes that are no workbook', async () => {
    expect(await errorCode(parseDocumentationTable(Buffer.from('definitely not a spreadsheet'), expected))).toBe('not_xlsx');
    expect(await errorCode(parseDocumentationTable(Buffer.alloc(0), expected))).toBe('not_xlsx');
    expect(await errorCode(parseDocumentationTable(plainZip('hello.txt', Buffer.from('hello')), expected))).toBe('not_xlsx');
  });

  it('refuses a zip that inflates beyond the limit', async () => {
    const bomb = plainZip('xl/workbook.xml', Buffer.alloc(70 * 1024 * 1024), 8);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await errorCode(parseDocumentationTable(bomb, expected))).toBe('too_large');
  });

  it('refuses a workbook that Siegelwerk did not make', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tabelle1').getCell('A1').value = 'Hallo';
    const foreign = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await errorCode(parseDocumentationTable(foreign, expected))).toBe('foreign_workbook');
  });

  it('refuses a table of another assessment, scheme or catalog version', async () => {
    const table = await buildDocumentationTable(input);
    expect(await errorCode(parseDocumentationTable(table, { ...expected, assessmentId: 'another' }))).toBe('wrong_assessment');
    expect(await errorCode(parseDocumentationTable(table, { ...expected, schemeId: 'ral-gz-981' }))).toBe('wrong_scheme');
    expect(await errorCode(parseDocumentationTable(table, { ...expected, catalogVersion: '2025.1' }))).toBe('wrong_catalog_version');
  });

  it('refuses a table with more rows than any catalog has', async () => {
    const buffer = await edited(await buildDocumentationTable(input), (sheet) => {
      for (let row = 3; row <= 2_003; row++) sheet.getCell(row, 2).value = `x${row}`;
    });
    expect(await errorCode(parseDocumentationTable(buffer, expected))).toBe('too_many_rows');
  });
});
