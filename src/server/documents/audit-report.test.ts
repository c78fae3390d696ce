import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AuditReportInput } from './audit-report.model.js';
import { buildAuditReportPdf } from './audit-report.pdf.js';
import { buildAuditReportXlsx } from './audit-report.xlsx.js';

/** The text of an uncompressed pdfkit PDF: each `[<hex> kern <hex>] TJ` is one run of text. */
function pdfTextRuns(pdf: Buffer): string {
  const runs = pdf.toString('latin1').match(/\[([^\]]*)\] TJ/g) ?? [];
  return runs
    .map((run) => (run.match(/<([0-9a-f]*)>/gi) ?? []).map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1')).join(''))
    .join('\n');
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;

const input: AuditReportInput = {
  locale: 'de',
  generatedAt: new Date('2026-05-04T08:00:00Z'),
  certifierName: 'Zert GmbH',
  municipalityName: 'Kreis Größental',
  district: null,
  schemeTitle: { de: 'Qualitätsmanagement nach ISO 9001:2015', en: 'Quality management according to ISO 9001:2015' },
  catalogVersion: '2015.1',
  auditKind: 'surveillance',
  dates: {
    appliedAt: new Date('2026-03-01T09:00:00Z'),
    acceptedAt: new Date('2026-03-02T09:00:00Z'),
    meetingHeldAt: new Date('2026-04-20T07:00:00Z'),
    releasedAt: null,
  },
  plan: [
    {
      startsAt: new Date('2026-04-20T07:00:00Z'),
      endsAt: new Date('2026-04-20T09:00:00Z'),
      department: 'Dezernat II',
      site: 'Bauhof',
      process: 'Winterdienst',
      auditorName: 'A. Prüfer',
      interviewees: 'Herr Schnee',
      criterionIds: ['clause-8-5'],
    },
  ],
  showResults: true,
  criteria: [
    {
      id: 'clause-7-5',
      reference: '7.5',
      title: { de: 'Dokumentierte Information', en: 'Documented information' },
      topicTitle: { de: '7 Unterstützung', en: '7 Support' },
      kind: 'conformity',
      maxPoints: null,
      result: { notApplicable: false, points: null, grade: null, deviationRate: null, maturityLevel: null, conformity: 'conform' },
    },
    {
      id: 'clause-8-5',
      reference: '8.5',
      title: { de: 'Erbringung der Dienstleistung', en: 'Service provision' },
      topicTitle: { de: '8 Betrieb', en: '8 Operation' },
      kind: 'conformity',
      maxPoints: null,
      result: { notApplicable: false, points: null, grade: null, deviationRate: null, maturityLevel: null, conformity: 'major' },
    },
  ],
  findings: [
    {
      number: 1,
      criterionId: 'clause-8-5',
      grade: 'major',
      status: 'open',
      description: 'Streupläne fehlen für zwei Bezirke.',
      evidence: 'Stichprobe Januar',
      rootCause: 'Zuständigkeit ungeklärt',
      municipalityResponse: 'Wir legen die Pläne bis März vor.',
      carriedOver: true,
      escalated: true,
      closedAt: null,
    },
    {
      number: 2,
      criterionId: 'clause-7-5',
      grade: 'improvement',
      status: 'closed',
      description: 'Vorlagen vereinheitlichen.',
      evidence: '',
      rootCause: '',
      municipalityResponse: null,
      carriedOver: false,
      escalated: false,
      closedAt: new Date('2026-04-30T10:00:00Z'),
    },
  ],
  actions: [
    {
      findingNumber: 1,
      description: 'Streupläne erstellen',
      ownerName: 'Frau Winter',
      ownerEmail: 'winter@kreis.example',
      dueOn: '2026-06-30',
      status: 'in_progress',
      completedOn: null,
      completionNote: null,
      effectiveness: null,
      effectivenessNote: null,
    },
    {
      findingNumber: 1,
      description: 'Zuständigkeit festlegen',
      ownerName: 'Herr Amt',
      ownerEmail: null,
      dueOn: '2026-05-15',
      status: 'done',
      completedOn: '2026-05-02',
      completionNote: 'Dienstanweisung erlassen',
      effectiveness: 'effective',
      effectivenessNote: 'Stichprobe geprüft',
    },
  ],
  decision: {
    status: 'meeting_held',
    openMajorCount: 1,
    totalPoints: null,
    passMark: null,
    certificateNumber: null,
    validUntil: null,
    nextSteps: null,
  },
};

describe('audit report PDF', () => {
  it('shows scope, plan, results, findings with grades, actions and the blocked decision, in German', async () => {
    const pdf = await buildAuditReportPdf(input, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfTextRuns(pdf);
    for (const expected of [
      'Auditbericht: Kreis Größental',
      'Überwachungsaudit',
      'Dezernat II / Bauhof / Winterdienst',
      'A. Prüfer',
      'Erbringung der Dienstleistung',
      'Hauptabweichung',
      'aus dem vorigen Audit übernommen',
      'Wir legen die Pläne bis März vor.',
      'Frau Winter',
      'in Bearbeitung',
      'wirksam',
      'noch nicht geprüft',
      'Eine offene Hauptabweichung blockiert die Zertifizierungsentscheidung.',
      'Die Zertifizierungsentscheidung steht noch aus.',
    ]) {
      expect(text).toContain(expected);
    }
    // the dash between grade and criterion is WinAnsi 0x96, which latin1 reads as a control character
    expect(text).toMatch(/1\. Hauptabweichung . 8\.5 Erbringung der Dienstleistung/);
    expect(text).toMatch(/Ergebnis\nFeststellungen\n/);
  });

  it('speaks English and hides results the reader may not see', async () => {
    const hidden = { ...input, locale: 'en' as const, showResults: false, criteria: input.criteria.map((c) => ({ ...c, result: null })) };
    const text = pdfTextRuns(await buildAuditReportPdf(hidden, { compress: false }));
    expect(text).toContain('Audit report: Kreis Größental');
    expect(text).toContain('Surveillance audit');
    expect(text).toContain('Major nonconformity');
    expect(text).toContain('The rating per criterion becomes visible once the decision is released.');
    expect(text).toContain('An open major nonconformity blocks the certification decision.');
    expect(text).not.toContain('conform\n');
  });

  it('a long report breaks onto numbered pages without losing a finding', async () => {
    const many = {
      ...input,
      findings: Array.from({ length: 40 }, (_, i) => ({
        ...input.findings[0]!,
        number: i + 1,
        description: `Feststellung Nummer ${i + 1} `.repeat(20),
      })),
      actions: Array.from({ length: 60 }, (_, i) => ({
        ...input.actions[0]!,
        findingNumber: (i % 40) + 1,
        description: `Maßnahme ${i + 1}`,
      })),
    };
    const pdf = await buildAuditReportPdf(many, { compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(3);
    const text = pdfTextRuns(pdf);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    expect(text).toContain('40. Hauptabweichung');
    expect(text).toContain('Maßnahme 60');
  });
});

describe('audit report XLSX', () => {
  async function read(buffer: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    return workbook;
  }
  const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

  it('has the sheets Kriterien, Feststellungen, Maßnahmen with full texts', async () => {
    const wb = await read(await buildAuditReportXlsx(input));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Kriterien', 'Feststellungen', 'Maßnahmen']);
    const criteria = wb.getWorksheet('Kriterien')!;
    expect(values(criteria, 1)).toEqual(['Nr.', 'Handlungsfeld', 'Kriterium', 'Ergebnis', 'Punkte', 'Feststellungen']);
    expect(values(criteria, 3)).toEqual(
      ['8.5', '8 Betrieb', 'Erbringung der Dienstleistung', 'Hauptabweichung', null, 1].map((v) => (v === null ? undefined : v)),
    );
    const findings = wb.getWorksheet('Feststellungen')!;
    expect(findings.rowCount).toBe(3);
    expect(values(findings, 2).slice(0, 6)).toEqual([
      1,
      '8.5',
      'Erbringung der Dienstleistung',
      'Hauptabweichung',
      'offen',
      'Streupläne fehlen für zwei Bezirke.',
    ]);
    expect(findings.getRow(3).getCell(12).value).toEqual(new Date('2026-04-30T00:00:00Z'));
    const actions = wb.getWorksheet('Maßnahmen')!;
    expect(values(actions, 3)).toEqual([
      1,
      'Zuständigkeit festlegen',
      'Herr Amt',
      '',
      new Date('2026-05-15T00:00:00Z'),
      'erledigt',
      new Date('2026-05-02T00:00:00Z'),
      'Dienstanweisung erlassen',
      'wirksam',
      'Stichprobe geprüft',
    ]);
  });

  it('in English, without a points column for a reader who may not see points', async () => {
    const wb = await read(
      await buildAuditReportXlsx({
        ...input,
        locale: 'en',
        showResults: false,
        criteria: input.criteria.map((c) => ({ ...c, result: null })),
      }),
    );
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Criteria', 'Findings', 'Actions']);
    const criteria = wb.getWorksheet('Criteria')!;
    expect(values(criteria, 1)).toEqual(['Ref.', 'Topic field', 'Criterion', 'Result', 'Findings']);
    expect(values(criteria, 3)).toEqual(['8.5', '8 Operation', 'Service provision', '–', 1]);
    expect(values(wb.getWorksheet('Actions')!, 2)[5]).toBe('in progress');
  });
});
