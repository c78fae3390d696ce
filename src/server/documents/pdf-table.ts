import { contentWidth, ensureSpace, pdfText } from './pdf-common.js';

type Doc = PDFKit.PDFDocument;
export type PdfColumn = { header: string; width: number };
/** `continued` words the caption repeated on a new page (e.g. "… (continued)"); tables without captions leave it out. */
type TableStyle = { fontSize: number; continued?: (caption: string) => string };

export const TABLE_COLORS = { headerFill: '#e6ebf3', captionFill: '#f3f5f9', rule: '#b0b8c8' };

const CELL_PAD = 3;
// A row must fit on one page; longer cell text is cut.
const MAX_CELL_CHARS = 800;
const cellText = (text: string) => pdfText(text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text);

/** Fixed-width columns and one without a width, which takes what the others leave of the content width. */
export function fitColumns(doc: Doc, columns: { header: string; width?: number }[]): PdfColumn[] {
  const rest = columns.reduce((left, c) => left - (c.width ?? 0), contentWidth(doc));
  return columns.map((c) => ({ header: c.header, width: c.width ?? rest }));
}

/**
 * A table whose rows grow with their text: a row never splits across pages, and a new page
 * repeats the header and the running caption (e.g. the day, "continued"). A caption keeps at
 * least its first row with it.
 */
export function createPdfTable(doc: Doc, columns: PdfColumn[], style: TableStyle) {
  const width = columns.reduce((s, c) => s + c.width, 0);
  const header = columns.map((c) => c.header);
  let current: string | null = null;

  function rowHeight(cells: string[], bold: boolean): number {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(style.fontSize);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: columns[i]!.width - 2 * CELL_PAD }))) + 2 * CELL_PAD;
  }

  function drawRow(cells: string[], kind: 'header' | 'body') {
    const x0 = doc.page.margins.left;
    const y = doc.y;
    const height = rowHeight(cells, kind === 'header');
    if (kind === 'header') doc.rect(x0, y, width, height).fill(TABLE_COLORS.headerFill);
    doc
      .font(kind === 'header' ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(style.fontSize)
      .fillColor('black');
    let x = x0;
    cells.forEach((cell, i) => {
      doc.text(cell, x + CELL_PAD, y + CELL_PAD, { width: columns[i]!.width - 2 * CELL_PAD });
      x += columns[i]!.width;
    });
    doc
      .moveTo(x0, y + height)
      .lineTo(x0 + width, y + height)
      .lineWidth(0.5)
      .strokeColor(TABLE_COLORS.rule)
      .stroke();
    doc.x = x0;
    doc.y = y + height;
  }

  function drawCaption(text: string, next?: string[]) {
    const safe = pdfText(text);
    doc.font('Helvetica-Bold').fontSize(style.fontSize + 0.5);
    const height = doc.heightOfString(safe, { width: width - 2 * CELL_PAD }) + 2 * CELL_PAD;
    const following = next ? rowHeight(next.map(cellText), false) : 0;
    if (ensureSpace(doc, height + following)) drawRow(header, 'header');
    const x0 = doc.page.margins.left;
    const y = doc.y;
    doc.rect(x0, y, width, height).fill(TABLE_COLORS.captionFill);
    doc
      .font('Helvetica-Bold')
      .fontSize(style.fontSize + 0.5)
      .fillColor('black')
      .text(safe, x0 + CELL_PAD, y + CELL_PAD, { width: width - 2 * CELL_PAD });
    doc.x = x0;
    doc.y = y + height;
  }

  return {
    header() {
      drawRow(header, 'header');
    },

    /** A caption across all columns; `next` is the first row under it, kept on the same page. */
    caption(text: string, next?: string[]) {
      current = text;
      drawCaption(text, next);
    },

    row(cells: string[]) {
      const safe = cells.map(cellText);
      if (ensureSpace(doc, rowHeight(safe, false))) {
        drawRow(header, 'header');
        if (current) drawCaption(style.continued ? style.continued(current) : current);
      }
      drawRow(safe, 'body');
    },
  };
}
