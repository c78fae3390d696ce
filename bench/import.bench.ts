// Importing 100,000 CSV rows through the real path — upload (format and header check, blob
// stored), then the job: count pass, parse, check, prepare (due dates from the engine) and
// batches of 500 inserted with their event logs and progress — beside two baselines in the
// same process: parsing the CSV alone, and a bare multi-row INSERT of the same cases without
// events, checks or progress. Peak memory is the highest RSS sampled during each phase.
// Embedded PGlite by default; a PostgreSQL server when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { toBerlinDate } from '../src/domain/calendar/berlin-date.js';
import { caseEvent, serviceCase, servicePromise, workingCalendar } from '../src/server/db/schema.js';
import { csvSource } from '../src/server/imports/csv-source.js';
import { parseImportDate } from '../src/server/imports/import-row.js';
import { createMunicipality, PASSWORD } from '../test/support/factories.js';
import { createTestApp, login } from '../test/support/test-app.js';

const N = Number(process.env.IMPORT_ROWS ?? 100_000);
const MB = 1024 * 1024;

/** Realistic rows: unique file numbers, receipts over 2025–2026, two thirds fulfilled, contact data. */
function generateCsv(rows: number): string {
  const out = ['Aktenzeichen;Externe ID;Versprechen;Eingang;Erledigt am;Betreff;Unternehmen;Ansprechperson;E-Mail;Telefon;Lotse'];
  const start = Date.UTC(2025, 0, 2);
  for (let i = 0; i < rows; i++) {
    const received = new Date(start + (i % 480) * 86_400_000 + (i % 9) * 3_600_000 + 7 * 3_600_000);
    const day = received.toISOString().slice(0, 10);
    const [y, m, d] = day.split('-');
    const done = i % 3 !== 0 ? new Date(received.getTime() + (1 + (i % 4)) * 86_400_000).toISOString().slice(0, 10) : '';
    const eingang = i % 2 ? `${d}.${m}.${y} ${received.toISOString().slice(11, 16)}` : day;
    out.push(
      `GA-${String(i).padStart(7, '0')};;gewerbeanmeldung;${eingang};${done};Gewerbeanmeldung Betrieb ${i};Betrieb ${i} GmbH;Inhaberin ${i};kontakt${i}@betrieb.example;0209 ${100000 + i};`,
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

/**
 * Highest RSS and JS heap seen while `fn` runs (sampled every 20 ms and at the end). RSS
 * includes an embedded PGlite's WASM memory, which grows with the data it holds; the heap
 * is what the import itself keeps in JavaScript.
 */
async function withPeak<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number; peakHeapMb: number }> {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    sample();
    return { result, ms, peakRssMb: Math.round(rss / MB), peakHeapMb: Math.round(heap / MB) };
  } finally {
    clearInterval(timer);
  }
}

export async function benchImport() {
  const t = await createTestApp({ maxUploadBytes: 200 * MB, sessionTtlMs: 24 * 3600_000 });
  t.clock.now = new Date('2026-05-04T08:00:00Z');
  const city = await createMunicipality(t.database.db);
  const admin = await login(t.app, city.admin.email, PASSWORD);
  const promise = await admin.post('/api/v1/promises', {
    key: 'gewerbeanmeldung',
    title: 'Gewerbeanmeldung in 1 Arbeitstag',
    area: 'trade_registration',
    startEvent: 'Eingang',
    stopEvent: 'Erledigung',
    amount: 1,
    unit: 'working_days',
    criterionRefs: [],
  });
  if (promise.statusCode !== 201) throw new Error(promise.body);
  const csv = generateCsv(N);
  const bytes = Buffer.from(csv, 'utf8');
  const baseRss = Math.round(process.memoryUsage().rss / MB);

  // baseline 1: the parse alone (same streaming parser, header mapping included)
  const parse = await withPeak(async () => {
    let n = 0;
    for await (const _ of csvSource(csv).items()) n++;
    return n;
  });
  if (parse.result !== N) throw new Error(`parsed ${parse.result} rows, expected ${N}`);

  // the real path: upload through HTTP, then the job handler
  const upload = await withPeak(async () => {
    const boundary = `----sw${randomBytes(8).toString('hex')}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="faelle.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: city.admin.email, password: PASSWORD },
    });
    const headers = {
      cookie: `sw_session=${session.cookies.find((c) => c.name === 'sw_session')!.value}`,
      'x-csrf-token': session.json().csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases/imports', headers, payload });
    if (res.statusCode !== 202) throw new Error(res.body);
    return res.json().id as string;
  });
  const job = await withPeak(() => t.services.imports.process(upload.result));
  const detail = (await admin.get(`/api/v1/cases/imports/${upload.result}`)).json();
  if (detail.status !== 'done' || detail.createdCount !== N)
    throw new Error(`import ended ${JSON.stringify({ ...detail, errors: detail.errors.slice(0, 3) })}`);
  const events = await t.database.db.$count(caseEvent);

  // baseline 2: the same cases as bare multi-row INSERTs (no events, checks, due dates or progress)
  const other = await createMunicipality(t.database.db);
  const [cal] = await t.database.db
    .insert(workingCalendar)
    .values({ organizationId: other.org.id, version: 1, region: 'DE-NW' })
    .returning();
  const [prom] = await t.database.db
    .insert(servicePromise)
    .values({
      organizationId: other.org.id,
      key: 'x',
      version: 1,
      title: 'x',
      area: 'trade_registration',
      startEvent: 'a',
      stopEvent: 'b',
      amount: 1,
      unit: 'working_days',
    })
    .returning();
  const rows: (typeof serviceCase.$inferInsert)[] = [];
  for await (const item of csvSource(csv).items()) {
    if (!('fields' in item)) continue;
    const f = item.fields;
    const receivedAt = parseImportDate(f.receivedAt!)!.instant;
    rows.push({
      organizationId: other.org.id,
      promiseId: prom!.id,
      calendarId: cal!.id,
      source: 'csv',
      externalId: `az:${f.reference}`,
      reference: f.reference!,
      subject: f.subject ?? '',
      businessName: f.businessName ?? null,
      contactName: f.contactName ?? null,
      contactEmail: f.contactEmail ?? null,
      contactPhone: f.contactPhone ?? null,
      receivedAt,
      receivedOn: toBerlinDate(receivedAt),
      status: f.fulfilledOn ? 'fulfilled' : 'open',
      fulfilledOn: f.fulfilledOn ? parseImportDate(f.fulfilledOn)!.date : null,
    });
  }
  const bare = await withPeak(async () => {
    for (let i = 0; i < rows.length; i += 500) await t.database.db.insert(serviceCase).values(rows.slice(i, i + 500));
    return rows.length;
  });
  // how much of that is drizzle assembling the statements (no database involved)
  const build = await withPeak(async () => {
    for (let i = 0; i < rows.length; i += 500)
      t.database.db
        .insert(serviceCase)
        .values(rows.slice(i, i + 500))
        .toSQL();
    return rows.length;
  });
  const bareCount = await t.database.db.$count(serviceCase, eq(serviceCase.organizationId, other.org.id));
  if (bareCount !== N) throw new Error(`bare insert stored ${bareCount} rows`);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  await t.close();

  const perSecond = (ms: number) => Math.round(N / (ms / 1000));
  const row = (what: string, p: { ms: number; peakRssMb: number; peakHeapMb: number }) => ({
    what,
    ms: Math.round(p.ms),
    rowsPerSecond: perSecond(p.ms),
    peakRssMb: p.peakRssMb,
    peakHeapMb: p.peakHeapMb,
  });
  return {
    name: `case import: ${N.toLocaleString('en')} CSV rows (${(bytes.length / MB).toFixed(1)} MB, two thirds fulfilled), ${t.database.kind}; RSS before ${baseRss} MB, process maxRSS ${maxRssMb} MB; ${events.toLocaleString('en')} events written`,
    importRowsPerSecond: perSecond(upload.ms + job.ms),
    rows: [
      row('import: upload (sniff, header check, blob) + job (count, parse, check, prepare, insert cases + events + progress)', {
        ms: upload.ms + job.ms,
        peakRssMb: Math.max(upload.peakRssMb, job.peakRssMb),
        peakHeapMb: Math.max(upload.peakHeapMb, job.peakHeapMb),
      }),
      row('  of which the job', job),
      row('baseline: parse the CSV only', parse),
      row('baseline: bare multi-row INSERT of the same cases (500 per statement, no events)', bare),
      row('  of which drizzle building the INSERT statements (no database)', build),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchImport();
  console.log(r.name);
  console.table(r.rows);
}
