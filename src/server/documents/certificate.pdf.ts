import {
  ACCENT,
  createPdf,
  formatCalendarDate,
  formatInstant,
  pdfText,
  renderPdf,
  type Locale,
  type Localized,
  type PdfOptions,
} from './pdf-common.js';

/** Deliberately without any score: the Urkunde is shown in public, and points are never published. */
export type CertificateDocumentInput = {
  locale: Locale;
  certifierName: string;
  municipalityName: string;
  schemeTitle: Localized;
  /** Digital maturity seals (DQD): the level reached, e.g. "Wir setzen Zeichen"; a name, never a score. */
  level?: Localized | null | undefined;
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
  issuedAt: Date;
};

type Doc = PDFKit.PDFDocument;

const LABELS: Record<
  Locale,
  {
    title: string;
    awards: string;
    seal: string;
    quote: (text: string) => string;
    level: (text: string) => string;
    validity: (from: string, until: string) => string;
    number: string;
    issued: string;
  }
> = {
  de: {
    title: 'URKUNDE',
    awards: 'verleiht',
    seal: 'das Qualitätszeichen',
    quote: (text) => `„${text}“`,
    level: (text) => `in der Stufe „${text}“`,
    validity: (from, until) => `gültig vom ${from} bis ${until}`,
    number: 'Urkunden-Nr.',
    issued: 'Ausgestellt am',
  },
  en: {
    title: 'CERTIFICATE',
    awards: 'awards',
    seal: 'the seal',
    quote: (text) => `“${text}”`,
    level: (text) => `at the level “${text}”`,
    validity: (from, until) => `valid from ${from} until ${until}`,
    number: 'Certificate no.',
    issued: 'Issued on',
  },
};

const GOLD = '#b08d3c';
const INNER_INSET = 34;
const TEXT_INSET = 80;

/** The Urkunde handed over in step 5: landscape A4, one page whatever the length of the names. */
export async function buildCertificateDocument(input: CertificateDocumentInput, options: PdfOptions = {}): Promise<Buffer> {
  const doc = createPdf(
    {
      size: 'A4',
      layout: 'landscape',
      // Everything is placed absolutely; small margins keep pdfkit from opening a second page.
      margins: { top: 20, bottom: 20, left: 20, right: 20 },
      info: {
        Title: `${LABELS[input.locale].title} ${input.certificateNumber}`,
        Author: input.certifierName,
        CreationDate: input.issuedAt,
      },
    },
    options,
  );
  return renderPdf(doc, () => {
    border(doc);
    body(doc, input);
    footer(doc, input);
  });
}

function border(doc: Doc) {
  const { width, height } = doc.page;
  doc
    .rect(20, 20, width - 40, height - 40)
    .lineWidth(5)
    .strokeColor(ACCENT)
    .stroke();
  doc
    .rect(INNER_INSET, INNER_INSET, width - 2 * INNER_INSET, height - 2 * INNER_INSET)
    .lineWidth(1)
    .strokeColor(GOLD)
    .stroke();
  for (const [x, y] of [
    [INNER_INSET, INNER_INSET],
    [width - INNER_INSET, INNER_INSET],
    [INNER_INSET, height - INNER_INSET],
    [width - INNER_INSET, height - INNER_INSET],
  ] as const) {
    doc.save().translate(x, y).rotate(45).rect(-7, -7, 14, 14).fill(GOLD).restore();
  }
}

function body(doc: Doc, input: CertificateDocumentInput) {
  const labels = LABELS[input.locale];
  let y = 84;
  y = centered(doc, labels.title, y, { font: 'Helvetica-Bold', size: 40, color: ACCENT, spacing: 8 }) + 30;
  y = centered(doc, `${pdfText(input.certifierName)} ${labels.awards}`, y, { size: 15, maxLines: 2 }) + 16;
  y = centered(doc, pdfText(input.municipalityName), y, { font: 'Helvetica-Bold', size: 32, minSize: 18, maxLines: 2 }) + 16;
  y = centered(doc, labels.seal, y, { size: 15 }) + 10;
  y = centered(doc, labels.quote(pdfText(input.schemeTitle[input.locale])), y, {
    font: 'Helvetica-Bold',
    size: 26,
    minSize: 16,
    maxLines: 2,
    color: ACCENT,
  });
  // a maturity level takes the space below the seal's title; without one the layout stays as it was
  y = input.level
    ? centered(doc, labels.level(pdfText(input.level[input.locale])), y + 8, {
        font: 'Helvetica-Bold',
        size: 18,
        minSize: 14,
        color: GOLD,
      }) + 14
    : y + 20;
  const validity = labels.validity(formatCalendarDate(input.validFrom, input.locale), formatCalendarDate(input.validUntil, input.locale));
  centered(doc, validity, y, { size: 14 });
}

function footer(doc: Doc, input: CertificateDocumentInput) {
  const labels = LABELS[input.locale];
  const left = TEXT_INSET;
  const columnWidth = (doc.page.width - 2 * TEXT_INSET) / 2 - 20;
  const lineY = doc.page.height - 118;
  doc.font('Helvetica').fontSize(11).fillColor('black');
  doc.text(`${labels.number} ${pdfText(input.certificateNumber)}`, left, lineY + 8, { width: columnWidth, height: 16, ellipsis: true });
  doc.text(`${labels.issued} ${formatInstant(input.issuedAt, input.locale)}`, left, lineY + 26, {
    width: columnWidth,
    height: 16,
    ellipsis: true,
  });
  const right = doc.page.width - TEXT_INSET - columnWidth;
  doc
    .moveTo(right, lineY)
    .lineTo(right + columnWidth, lineY)
    .lineWidth(0.8)
    .strokeColor('black')
    .stroke();
  doc.text(pdfText(input.certifierName), right, lineY + 8, { width: columnWidth, align: 'center', height: 32, ellipsis: true });
}

type TextStyle = { font?: string; size: number; minSize?: number; maxLines?: number; color?: string; spacing?: number };

/** Writes centred text, shrinking the font until it fits `maxLines`; returns the y below it. */
function centered(doc: Doc, text: string, y: number, style: TextStyle): number {
  const width = doc.page.width - 2 * TEXT_INSET;
  const maxLines = style.maxLines ?? 1;
  const options = { width, align: 'center' as const, characterSpacing: style.spacing ?? 0 };
  let size = style.size;
  doc.font(style.font ?? 'Helvetica');
  while (
    size > (style.minSize ?? style.size) &&
    doc.fontSize(size).heightOfString(text, options) > maxLines * doc.currentLineHeight(true) + 0.5
  )
    size -= 1;
  const height = maxLines * doc.fontSize(size).currentLineHeight(true);
  // `height` with `ellipsis` cuts a name that still does not fit at the smallest size instead of overflowing.
  doc.fillColor(style.color ?? 'black').text(text, TEXT_INSET, y, { ...options, height, ellipsis: true });
  return Math.min(doc.y, y + height);
}
