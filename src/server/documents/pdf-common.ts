import PDFDocument from 'pdfkit';

export type Locale = 'de' | 'en';
export type Localized = { de: string; en: string };

/** `compress: false` keeps the content streams readable, which tests use to check the wording. */
export type PdfOptions = { compress?: boolean };

export const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** The certifier's house colours, shared by all its documents. */
export const ACCENT = '#1f3a68';
export const MUTED = '#555555';

// The 27 characters WinAnsi places in 0x80–0x9F; everything else it covers is Latin-1.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
// Letters with a stroke do not decompose into base letter + accent, so they need naming.
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

/**
 * The built-in Helvetica only knows WinAnsi (German umlauts and ß included). Names with other
 * letters (ł, ő, Cyrillic) lose their accent or become "?" instead of turning into garbage glyphs.
 */
export function pdfText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\t/g, ' ')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/gu, (ch) => {
      if (WIN_ANSI_EXTRA.has(ch)) return ch;
      if (STROKED[ch]) return STROKED[ch];
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      return /^[\x20-\x7e\xa0-\xff]+$/.test(base) ? base : '?';
    });
}

/** An instant shown as the date it was in Germany, whatever the server's time zone. */
export function formatInstant(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}

/** A calendar date (YYYY-MM-DD) has no time zone: formatting it in UTC cannot shift the day. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(value);
}

export function createPdf(options: PDFKit.PDFDocumentOptions, pdf: PdfOptions = {}): PDFKit.PDFDocument {
  return new PDFDocument({ ...options, compress: pdf.compress ?? true, font: 'Helvetica' });
}

/** Collects the stream pdfkit writes; `render` draws everything, then the document is closed. */
export function renderPdf(doc: PDFKit.PDFDocument, render: () => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      render();
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}

/** Starts a new page when the next block would run into the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): boolean {
  if (doc.y + height <= doc.page.height - doc.page.margins.bottom) return false;
  doc.addPage();
  return true;
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** A rule in the accent colour across the content width. */
export function accentRule(doc: PDFKit.PDFDocument, y: number): void {
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(1)
    .strokeColor(ACCENT)
    .stroke();
}

/** The certifier's name and the scheme above an accent rule, as a letter of the certifier opens; returns the rule's y. */
export function letterhead(doc: PDFKit.PDFDocument, certifierName: string, schemeTitle: string): number {
  const width = contentWidth(doc);
  doc.font('Helvetica-Bold').fontSize(16).fillColor(ACCENT).text(pdfText(certifierName), { width });
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(pdfText(schemeTitle), { width });
  const ruleY = doc.y + 6;
  accentRule(doc, ruleY);
  return ruleY;
}

export function sectionHeading(doc: PDFKit.PDFDocument, text: string, keepWithNext: number): void {
  // Keep a heading together with the first lines under it rather than alone at the page bottom.
  ensureSpace(doc, 24 + keepWithNext);
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor(ACCENT)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.fillColor('black').moveDown(0.4);
}

/** A centred line `fromBottom` points above the foot of every page; the document needs `bufferPages: true`. */
export function pageFooters(doc: PDFKit.PDFDocument, footer: (page: number, pages: number) => string, fromBottom: number): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit open a new page; lift the margin meanwhile.
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(pdfText(footer(i + 1, range.count)), doc.page.margins.left, doc.page.height - fromBottom, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
