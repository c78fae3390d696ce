import PDFDocument from 'pdfkit';

export type Locale = 'de' | 'en';
export type Localized = { de: string; en: string };

/** `compress: false` keeps the content streams readable, which tests use to check the wording. */
export type PdfOptions = { compress?: boolean };

const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

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
