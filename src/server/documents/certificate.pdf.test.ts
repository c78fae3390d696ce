import { describe, expect, it } from 'vitest';
import { buildCertificateDocument, type CertificateDocumentInput } from './certificate.pdf.js';

/** The text of an uncompressed pdfkit PDF: each `[<hex> kern <hex>] TJ` is one run of text. */
function pdfTextRuns(pdf: Buffer): string {
  const runs = pdf.toString('latin1').match(/\[([^\]]*)\] TJ/g) ?? [];
  return runs
    .map((run) => (run.match(/<([0-9a-f]*)>/gi) ?? []).map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1')).join(''))
    .join('\n');
}

const input: CertificateDocumentInput = {
  locale: 'de',
  certifierName: 'IHK Düsseldorf',
  municipalityName: 'Stadt Größenbach',
  schemeTitle: { de: 'Mittelstandsfreundliche Kommune', en: 'Business-friendly municipality' },
  certificateNumber: 'MFK-2025-007',
  validFrom: '2025-03-03',
  validUntil: '2028-03-02',
  issuedAt: new Date('2025-03-03T09:00:00Z'),
};

describe('certificate document (Urkunde)', () => {
  it('is a one-page PDF naming municipality, seal, number and validity', async () => {
    const pdf = await buildCertificateDocument(input, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(1);
    const text = pdfTextRuns(pdf);
    for (const expected of [
      'URKUNDE',
      'Stadt Größenbach',
      'Mittelstandsfreundliche Kommune',
      'MFK-2025-007',
      'gültig vom 3. März 2025 bis 2. März 2028',
      'IHK Düsseldorf',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('never shows points or percentages, even when the caller passes a whole result object', async () => {
    const withScore = { ...input, totalPoints: 987, regularPoints: 654, bonusPoints: 321, percentage: 0.876 };
    const text = pdfTextRuns(await buildCertificateDocument(withScore, { compress: false }));
    expect(text).not.toMatch(/987|654|321|876|%|Punkt|point/i);
    // Only the dates and the certificate number carry digits.
    const digitRuns = text.replace(/MFK-2025-007|\d{1,2}\. \p{L}+ \d{4}/gu, '').match(/\d+/g);
    expect(digitRuns).toBeNull();
  });

  it('speaks English when asked and stays on one page with a very long name', async () => {
    const pdf = await buildCertificateDocument(
      { ...input, locale: 'en', municipalityName: 'Verbandsgemeinde '.repeat(20) },
      { compress: false },
    );
    expect(pdf.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(1);
    expect(pdfTextRuns(pdf)).toContain('valid from 3 March 2025 until 2 March 2028');
  });

  it('names the level of a digital maturity seal, still on one page and without a figure', async () => {
    const dqd = {
      ...input,
      municipalityName: 'Verbandsgemeinde '.repeat(6),
      schemeTitle: { de: 'Digitale Reife der Verwaltung', en: 'Digital maturity of the administration' },
      level: { de: 'Wir setzen Zeichen', en: 'We make a statement' },
    };
    const pdf = await buildCertificateDocument(dqd, { compress: false });
    expect(pdf.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(1);
    const text = pdfTextRuns(pdf);
    // quotation marks are WinAnsi bytes, which the latin1 reading above does not decode
    expect(text).toMatch(/in der Stufe .Wir setzen Zeichen./);
    expect(text.replace(/MFK-2025-007|\d{1,2}\. \p{L}+ \d{4}/gu, '').match(/\d+/g)).toBeNull();
    expect(pdfTextRuns(await buildCertificateDocument({ ...dqd, locale: 'en' }, { compress: false }))).toMatch(
      /at the level .We make a statement./,
    );
    expect(pdfTextRuns(await buildCertificateDocument(input, { compress: false }))).not.toContain('Stufe');
  });

  it('compresses by default', async () => {
    const pdf = await buildCertificateDocument(input);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfTextRuns(pdf)).toBe('');
  });
});
