import { describe, expect, it } from 'vitest';
import { buildReportCard, type ReportCardInput } from './report-card.pdf.js';

/** The text of an uncompressed pdfkit PDF: each `[<hex> kern <hex>] TJ` is one run of text. */
function pdfTextRuns(pdf: Buffer): string {
  const runs = pdf.toString('latin1').match(/\[([^\]]*)\] TJ/g) ?? [];
  return runs
    .map((run) => (run.match(/<([0-9a-f]*)>/gi) ?? []).map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1')).join(''))
    .join('\n');
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;

const input: ReportCardInput = {
  locale: 'de',
  certifierName: 'IHK Düsseldorf',
  municipalityName: 'Stadt Größenbach',
  schemeTitle: { de: 'Mittelstandsfreundliche Kommune', en: 'Business-friendly municipality' },
  catalogVersion: '2024.1',
  releasedAt: new Date('2025-03-03T23:30:00Z'),
  passed: true,
  regularPoints: 70.5,
  maxRegularPoints: 90,
  bonusPoints: 13,
  totalPoints: 83.5,
  passMark: 72,
  topics: [
    { title: { de: 'Service für Unternehmen', en: 'Service for businesses' }, points: 41.5, maxPoints: 50 },
    { title: { de: 'Standortentwicklung', en: 'Location development' }, points: 29, maxPoints: 40 },
  ],
  developmentGoals: [{ title: 'Lotse für Gründer benennen', targetDate: '2026-06-30' }, { title: 'Online-Gewerbeanmeldung' }],
  certificateNumber: 'MFK-2025-007',
  validUntil: '2028-03-02',
};

describe('report card (Zeugnis)', () => {
  it('shows the result, the total, points per topic field, goals and the confidentiality note', async () => {
    const pdf = await buildReportCard(input, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfTextRuns(pdf);
    expect(text).toMatch(/Gesamtpunktzahl\n83,5\n/);
    expect(text).toContain('Ergebnis: bestanden');
    expect(text).toMatch(/Service für Unternehmen\n41,5\n50/);
    expect(text).toContain('1. Lotse für Gründer benennen (bis 30. Juni 2026)');
    expect(text).toContain('Die Punktzahl ist vertraulich und wird nicht veröffentlicht.');
    // 23:30 UTC is already the next day in Germany.
    expect(text).toContain('4. März 2025');
    expect(text).toContain('MFK-2025-007');
    expect(text).not.toContain('Nächste Schritte');
  });

  it('names next steps when failed, in English', async () => {
    const failed = {
      ...input,
      locale: 'en' as const,
      passed: false,
      totalPoints: 61,
      certificateNumber: null,
      nextSteps: 'Repeat the audit meeting in spring.',
    };
    const text = pdfTextRuns(await buildReportCard(failed, { compress: false }));
    expect(text).toContain('Result: not passed');
    expect(text).toMatch(/Total points\n61\n/);
    expect(text).toContain('Next steps');
    expect(text).toContain('Repeat the audit meeting in spring.');
    expect(text).toContain('The score is confidential and will not be published.');
    expect(text).not.toContain('MFK-2025-007');
  });

  it('breaks long lists onto further pages and numbers them', async () => {
    const long = {
      ...input,
      topics: Array.from({ length: 40 }, (_, i) => ({
        title: { de: `Handlungsfeld ${i + 1}`, en: `Topic ${i + 1}` },
        points: 1,
        maxPoints: 2,
      })),
      developmentGoals: Array.from({ length: 30 }, (_, i) => ({ title: `Ziel ${i + 1}` })),
    };
    const pdf = await buildReportCard(long, { compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfTextRuns(pdf);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    expect(text).toContain('Handlungsfeld 40');
    expect(text).toContain('30. Ziel 30');
  });

  it('replaces letters Helvetica cannot show instead of breaking the text', async () => {
    const text = pdfTextRuns(await buildReportCard({ ...input, municipalityName: 'Gmina Łódź – Kraków 日本' }, { compress: false }));
    // ó is in WinAnsi and stays; ź loses its accent, Ł has no glyph and loses its stroke; CJK has no equivalent at all.
    expect(text).toContain('Gmina Lódz');
    expect(text).toContain('Kraków ??');
  });
});
