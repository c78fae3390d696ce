import ExcelJS from 'exceljs';
import { germanDate } from '../../domain/calendar/berlin-date.js';
import type { BreakdownFigures, DistrictFiguresView, FiguresView, PromiseFigures } from './figures.schemas.js';

// The figures as a workbook (exceljs) and as CSV for German Excel: semicolons, a UTF-8
// byte order mark (else Excel reads the file as Windows-1252) and decimal commas.

type View = FiguresView | DistrictFiguresView;

const AREA: Record<PromiseFigures['area'], string> = {
  business_development: 'Wirtschaftsförderung',
  trade_registration: 'Gewerbeangelegenheiten',
  building_control: 'Bauaufsicht',
};

const UNIT: Record<NonNullable<PromiseFigures['unit']>, [string, string]> = {
  working_days: ['Arbeitstag', 'Arbeitstage'],
  days: ['Tag', 'Tage'],
  weeks: ['Woche', 'Wochen'],
  months: ['Monat', 'Monate'],
};

export function deadlineText(p: Pick<PromiseFigures, 'amount' | 'unit'>): string {
  if (p.amount === null || p.unit === null) return 'ohne Frist';
  return `${p.amount} ${UNIT[p.unit][p.amount === 1 ? 0 : 1]}`;
}

const isDistrict = (v: View): v is DistrictFiguresView => 'breakdown' in v;

export function exportFileName(v: View, extension: 'xlsx' | 'csv'): string {
  const slug = v.organization.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  const scope = isDistrict(v) && v.selectedOrganizationId === null ? 'kreis-' : '';
  return `kennzahlen-${scope}${slug || 'verwaltung'}-${v.period.from}-bis-${v.period.to}.${extension}`;
}

function subtitle(v: View): string {
  return `Eingang ${germanDate(v.period.from)} bis ${germanDate(v.period.to)} · Stand ${germanDate(v.today)} · verspätet: nach Fristende erledigt oder offen und Frist abgelaufen · ausgenommene Fälle nicht in den Quoten`;
}

// ---- XLSX ----------------------------------------------------------------------

const PERCENT = '0.0%';
const DECIMAL = '0.0#';

const summaryColumns = [
  { header: 'Nr.', width: 6 },
  { header: 'Versprechen', width: 48 },
  { header: 'Bereich', width: 24 },
  { header: 'Frist', width: 16 },
  { header: 'Fälle', width: 9 },
  { header: 'fristgerecht', width: 12 },
  { header: 'verspätet', width: 11 },
  { header: 'offen', width: 9 },
  { header: 'ausgenommen', width: 13 },
  { header: 'Abweichungsquote', width: 17, numFmt: PERCENT },
  { header: 'zulässige Quote', width: 15, numFmt: PERCENT },
  { header: 'über der Grenze', width: 15 },
  { header: 'Median (Arbeitstage)', width: 20, numFmt: DECIMAL },
  { header: '90. Perzentil (Arbeitstage)', width: 25, numFmt: DECIMAL },
];

function summaryCells(p: PromiseFigures, f: Omit<BreakdownFigures, 'key'> = p) {
  return [
    p.number,
    p.title,
    AREA[p.area],
    deadlineText(p),
    f.cases,
    f.onTime,
    f.late,
    f.pending,
    f.excluded,
    f.deviationRate,
    p.allowedDeviationRate,
    f.aboveAllowed ? 'ja' : 'nein',
    f.medianWorkingDays,
    f.p90WorkingDays,
  ];
}

function addTable(
  sheet: ExcelJS.Worksheet,
  title: string,
  sub: string,
  columns: { header: string; width: number; numFmt?: string }[],
  rows: unknown[][],
) {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([sub]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c.width;
  });
  for (const r of rows) {
    const row = sheet.addRow(r);
    columns.forEach((c, i) => {
      if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: columns.length } };
}

export async function buildFiguresXlsx(v: View): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Siegelwerk';
  workbook.created = new Date(`${v.today}T12:00:00Z`);
  const scopeName =
    isDistrict(v) && v.selectedOrganizationId === null
      ? `${v.organization.name} (Kreis gesamt)`
      : isDistrict(v)
        ? v.breakdown[0]!.name
        : v.organization.name;

  addTable(
    workbook.addWorksheet('Kennzahlen'),
    `Kennzahlen der Serviceversprechen – ${scopeName}`,
    subtitle(v),
    summaryColumns,
    v.promises.map((p) => summaryCells(p)),
  );

  const trendColumns = [
    { header: 'Nr.', width: 6 },
    { header: 'Versprechen', width: 48 },
    { header: 'Zeitraum', width: 10 },
    { header: 'von', width: 12 },
    { header: 'bis', width: 12 },
    { header: 'Fälle', width: 9 },
    { header: 'fristgerecht', width: 12 },
    { header: 'verspätet', width: 11 },
    { header: 'offen', width: 9 },
    { header: 'ausgenommen', width: 13 },
    { header: 'Abweichungsquote', width: 17, numFmt: PERCENT },
  ];
  const trendRows = v.promises.flatMap((p) =>
    p.trend.map((t) => [
      p.number,
      p.title,
      t.label,
      germanDate(t.from),
      germanDate(t.to),
      t.cases,
      t.onTime,
      t.late,
      t.pending,
      t.excluded,
      t.deviationRate,
    ]),
  );
  addTable(workbook.addWorksheet('Verlauf'), `Verlauf je ${granularityLabel(v.period.granularity)}`, subtitle(v), trendColumns, trendRows);

  if (isDistrict(v)) {
    const byPromise = new Map(v.promises.map((p) => [p.key, p]));
    const rows = v.breakdown.flatMap((a) => a.promises.map((f) => [a.name, ...summaryCells(byPromise.get(f.key)!, f)]));
    addTable(
      workbook.addWorksheet('Verwaltungen'),
      `Kennzahlen je Verwaltung – ${v.organization.name}`,
      subtitle(v),
      [{ header: 'Verwaltung', width: 32 }, ...summaryColumns],
      rows,
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function granularityLabel(g: FiguresView['period']['granularity']): string {
  return g === 'month' ? 'Monat' : g === 'quarter' ? 'Quartal' : 'Jahr';
}

// ---- CSV -----------------------------------------------------------------------

const decimal = (x: number | null, digits: number) => (x === null ? '' : x.toFixed(digits).replace('.', ','));
const percent = (x: number | null) => (x === null ? '' : decimal(x * 100, 1));

/** One CSV field: quoted when needed, and a leading = + - @ neutralised so Excel does not run it as a formula. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

const CSV_HEADER = [
  'Verwaltung',
  'Nr.',
  'Versprechen',
  'Bereich',
  'Frist',
  'Eingang von',
  'Eingang bis',
  'Fälle',
  'fristgerecht',
  'verspätet',
  'offen',
  'ausgenommen',
  'Abweichungsquote (%)',
  'zulässige Quote (%)',
  'über der Grenze',
  'Median (Arbeitstage)',
  '90. Perzentil (Arbeitstage)',
  'Stand',
];

/** Per promise: the whole scope first ("Kreis gesamt" for a district), then each administration. */
export function buildFiguresCsv(v: View): string {
  const line = (who: string, p: PromiseFigures, f: Omit<BreakdownFigures, 'key'>) =>
    [
      who,
      p.number,
      p.title,
      AREA[p.area],
      deadlineText(p),
      germanDate(v.period.from),
      germanDate(v.period.to),
      f.cases,
      f.onTime,
      f.late,
      f.pending,
      f.excluded,
      percent(f.deviationRate),
      percent(p.allowedDeviationRate),
      f.aboveAllowed ? 'ja' : 'nein',
      decimal(f.medianWorkingDays, 1),
      decimal(f.p90WorkingDays, 1),
      germanDate(v.today),
    ]
      .map(field)
      .join(';');
  const lines = [CSV_HEADER.map(field).join(';')];
  if (isDistrict(v)) {
    const byPromise = new Map(v.promises.map((p) => [p.key, p]));
    if (v.selectedOrganizationId === null) for (const p of v.promises) lines.push(line(`${v.organization.name} (Kreis gesamt)`, p, p));
    for (const a of v.breakdown) for (const f of a.promises) lines.push(line(a.name, byPromise.get(f.key)!, f));
  } else {
    for (const p of v.promises) lines.push(line(v.organization.name, p, p));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
