import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { xlsxHeader, xlsxSource } from './xlsx-source.js';

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Fälle');
  ws.addRow(['Aktenzeichen', 'Eingang', 'Betreff']);
  ws.addRow(['GA-1', '2026-05-13', 'Gewerbeanmeldung']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same file with its zip entries in another order: the worksheet before xl/workbook.xml. */
async function worksheetFirst(content: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(content);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const order = [
    ...names.filter((n) => n !== 'xl/workbook.xml' && !n.startsWith('xl/worksheets/sheet')),
    ...names.filter((n) => n.startsWith('xl/worksheets/sheet')),
    'xl/workbook.xml',
  ];
  const out = new JSZip();
  for (const name of order) out.file(name, await zip.file(name)!.async('uint8array'));
  return out.generateAsync({ type: 'nodebuffer' });
}

describe('xlsx source', () => {
  it('reads the first sheet whatever order the zip entries come in', async () => {
    const content = await workbook();
    const reordered = await worksheetFirst(content);
    expect(Object.keys((await JSZip.loadAsync(reordered)).files).indexOf('xl/workbook.xml')).toBeGreaterThan(
      Object.keys((await JSZip.loadAsync(reordered)).files).indexOf('xl/worksheets/sheet1.xml'),
    );
    for (const file of [content, reordered]) {
      expect(await xlsxHeader(file)).toEqual(['Aktenzeichen', 'Eingang', 'Betreff']);
      const items: unknown[] = [];
      for await (const item of xlsxSource(file).items()) items.push(item);
      expect(items).toHaveLength(1);
    }
  });
});
