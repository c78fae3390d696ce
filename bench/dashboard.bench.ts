// p50/p95 of GET /api/v1/figures/district for one district and one year over 1,000,000 cases
// on a PostgreSQL server, 20 concurrent connections (autocannon), beside a bare Fastify route
// returning the same JSON in the same process as the ceiling. Needs DATABASE_URL: the bench
// creates its own database on that server and drops it afterwards.
//
// The figures of whole months read the trigger-maintained rollups (case_figure_rollup,
// case_duration_rollup) and only the open and paused cases themselves. The app keeps computed
// figures until a case or promise of an administration they cover changes (figures_version,
// figures.cache.ts); the bench measures that as the app runs, with a case of the district
// changing every 100 ms, and with figures computed afresh on every request.
//
// Data, generated in SQL (generate_series): 8 districts with 10 member cities each (88
// administrations), 11 GSM promises each (promise 3 in two versions, the first retired at
// the start of 2024), cases received 2022-01-03 … 2026-11-23 spread over the administrations,
// promise mix weighted like a real office (trade registrations first). Due dates and
// durations come from the working-day calendar of DE-NW as the deadline engine computes it
// (its days are copied into a helper table), so figures run over real stored due dates.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { isoToDay, dayToIso } from '../src/domain/deadlines/day-number.js';
import { calendarIndex } from '../src/domain/deadlines/calendar-index.js';
import { buildApp } from '../src/server/app.js';
import { loadCatalogFiles } from '../src/server/catalogs/catalog.loader.js';
import { createCatalogService } from '../src/server/catalogs/catalog.service.js';
import { openDatabase } from '../src/server/db/client.js';
import { createFiguresService } from '../src/server/figures/figures.service.js';
import { createServices } from '../src/server/services.js';
import { createUser, PASSWORD } from '../test/support/factories.js';
import { createRecordingQueue } from '../test/support/recording-queue.js';
import { catalogDir } from '../test/support/test-app.js';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const DISTRICTS = 8;
const MEMBERS = 10;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const TODAY = '2026-11-23';
const YEAR = 2026;

async function measure(url: string, headers: Record<string, string>, path: string, seconds = DURATION_S) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${url}${path}`, connections: 20, duration: seconds, headers }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    // exact percentiles from every response time (autocannon's own table has p90 and p97.5, no p95)
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    p50ms: round(at(0.5)),
    p95ms: round(at(0.95)),
    requestsPerSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * CPU seconds the server backends of one database have used so far, when the server runs on
 * this machine (/proc readable); null otherwise. Latency under load depends on the machine,
 * CPU per request much less: it says what the SQL costs.
 */
async function backendCpuSeconds(client: pg.Client, database: string): Promise<number | null> {
  const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
    database,
  ]);
  let ticks = 0;
  try {
    for (const { pid } of rows) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    }
  } catch {
    return null;
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** The working days of DE-NW 2021–2028 from the deadline engine: day → cumulative count, and k-th working day. */
function workingDayRows() {
  const index = calendarIndex('DE-NW');
  const rows: [string, number, boolean][] = [];
  let cum = 0;
  for (let day = isoToDay('2021-12-01'); day <= isoToDay('2028-12-31'); day++) {
    const working = index.isWorkingDayNumber(day);
    if (working) cum++;
    rows.push([dayToIso(day), cum, working]);
  }
  return rows;
}

// GSM promise list (DOMAIN.md §4): number, title, area, amount, unit, share of the cases.
const PROMISES: [number, string, string, number | null, string | null, number][] = [
  [1, 'Ein Lotse nimmt sich Ihres Anliegens an', 'business_development', null, null, 0.04],
  [2, 'Übersicht der erforderlichen Unterlagen', 'trade_registration', null, null, 0.02],
  [3, 'Gewerbeanmeldung in 1 Arbeitstag bearbeitet', 'trade_registration', 1, 'working_days', 0.4],
  [4, 'Qualifizierte Eingangsbestätigung zum Bauantrag', 'building_control', 7, 'working_days', 0.15],
  [5, 'Termin zur Bauberatung', 'building_control', 3, 'working_days', 0.1],
  [6, 'Termin zur Beratung vor Ort', 'building_control', 14, 'working_days', 0.05],
  [7, 'Entscheidung über den Bauantrag nach Bauberatung', 'building_control', 8, 'weeks', 0.08],
  [8, 'Kompetente Beratung während des Verfahrens', 'building_control', null, null, 0.01],
  [9, 'Rückruf auf Wunsch', 'business_development', 2, 'working_days', 0.1],
  [10, 'Nachricht bei Verzögerungen', 'business_development', 2, 'working_days', 0.04],
  [11, 'Zentrale Beschwerdestelle', 'business_development', null, null, 0.01],
];

async function generate(client: pg.Client) {
  await client.query(`
    create temp table bench_day (d date primary key, cum int not null, working boolean not null);
    create temp table bench_wd (k int primary key, d date not null);
    create temp table bench_pick (n smallint primary key, lo float8 not null, hi float8 not null, amount int, unit text);
    create temp table bench_admin (n int primary key, id uuid not null, district int not null);`);
  const days = workingDayRows();
  for (let i = 0; i < days.length; i += 1000) {
    const chunk = days.slice(i, i + 1000);
    await client.query(`insert into bench_day (d, cum, working) select * from unnest($1::date[], $2::int[], $3::bool[])`, [
      chunk.map((r) => r[0]),
      chunk.map((r) => r[1]),
      chunk.map((r) => r[2]),
    ]);
  }
  await client.query(`insert into bench_wd (k, d) select cum, d from bench_day where working`);
  let lo = 0;
  for (const [n, , , amount, unit, share] of PROMISES) {
    await client.query(`insert into bench_pick values ($1, $2, $3, $4, $5)`, [n, lo, n === 11 ? 1.0000001 : lo + share, amount, unit]);
    lo += share;
  }

  // administrations: per district the Kreis itself and its cities, each with a calendar and 11 promises
  await client.query(`
    with d as (
      insert into organization (kind, name, state_code)
      select 'district', 'Benchkreis ' || g, 'NW' from generate_series(1, ${DISTRICTS}) g returning id, name)
    insert into bench_admin (n, id, district)
    select (substring(d.name from 12)::int - 1) * ${MEMBERS + 1}, d.id, substring(d.name from 12)::int from d`);
  await client.query(`
    with m as (
      insert into organization (kind, name, parent_id, state_code)
      select 'municipality', 'Benchstadt ' || a.district || '-' || g, a.id, 'NW'
      from bench_admin a, generate_series(1, ${MEMBERS}) g returning id, name, parent_id)
    insert into bench_admin (n, id, district)
    select a.n + split_part(substring(m.name from 12), '-', 2)::int, m.id, a.district from m join bench_admin a on a.id = m.parent_id`);
  await client.query(`insert into working_calendar (organization_id, version, region) select id, 1, 'DE-NW' from bench_admin`);
  const values = PROMISES.map(
    ([n, title, area, amount, unit]) => `(${n}, '${title}', '${area}', ${amount ?? 'null'}, ${unit ? `'${unit}'` : 'null'})`,
  ).join(',');
  await client.query(`
    insert into service_promise (organization_id, key, version, number, title, area, start_event, stop_event, amount, unit, retired_at)
    select a.id, 'gsm-' || lpad(p.n::text, 2, '0'), 1, p.n, p.title, p.area, 'Eingang', 'Erledigung', p.amount, p.unit,
           case when p.n = 3 then timestamptz '2024-01-01 00:00+01' end
    from bench_admin a, (values ${values}) p(n, title, area, amount, unit);
    insert into service_promise (organization_id, key, version, number, title, area, start_event, stop_event, amount, unit)
    select organization_id, key, 2, number, title || ' (Fassung 2024)', area, start_event, stop_event, amount, unit
    from service_promise where number = 3`);

  // 1,000,000 cases: receipt on a random day, fulfilment after a random number of working days
  // (mostly within the deadline, about one in nine after it), some excluded, paused or still open.
  await client.query(`select setseed(0.2026)`);
  await client.query(`
    insert into service_case (organization_id, promise_id, calendar_id, source, reference, subject, received_at, received_on,
                              due_on, status, fulfilled_on, fulfilled_at, duration_working_days, exclusion_reason)
    select a.id, pr.id, cal.id, 'api', 'B-' || g.i, 'Vorgang ' || g.i, g.received_on::timestamp + interval '9 hours', g.received_on,
           case when g.r3 >= 0.02 and g.r3 < 0.03 then null else x.due_on end, -- paused without end: no due date
           case when g.r3 < 0.02 then 'excluded' when g.r3 < 0.03 then 'paused' when f.d is null or f.d > date '${TODAY}' then 'open' else 'fulfilled' end,
           case when g.r3 >= 0.03 and f.d <= date '${TODAY}' then f.d end,
           case when g.r3 >= 0.03 and f.d <= date '${TODAY}' then f.d::timestamp + interval '14 hours' end,
           case when g.r3 >= 0.03 and f.d <= date '${TODAY}' then f.cum - rd.cum end,
           case when g.r3 < 0.02 then 'Antrag zurückgezogen' end
    from (
      select i, (i % ${DISTRICTS * (MEMBERS + 1)}) as adm, random() as r1, random() as r2, random() as r3,
             date '2022-01-03' + floor(random() * (date '${TODAY}' - date '2022-01-03' + 1))::int as received_on
      from generate_series(1, ${CASES}) i
    ) g
    join bench_admin a on a.n = g.adm
    join working_calendar cal on cal.organization_id = a.id
    join bench_pick pk on g.r1 >= pk.lo and g.r1 < pk.hi
    join service_promise pr on pr.organization_id = a.id and pr.number = pk.n
         and pr.version = case when pk.n = 3 and g.received_on >= date '2024-01-01' then 2 else 1 end
    join bench_day rd on rd.d = g.received_on
    -- due date: n working days after receipt, or 8 weeks moved to the next working day (§ 193 BGB)
    left join lateral (
      select case
        when pk.unit = 'working_days' then (select d from bench_wd where k = rd.cum + pk.amount)
        when pk.unit = 'weeks' then (select w.d from bench_wd w where w.k = (select cum from bench_day where d = g.received_on + 7 * pk.amount - 1) + 1)
      end as due_on) x on true
    -- fulfilment: within the period for ~89 %, up to 6 working days late otherwise
    left join lateral (
      select w.d, w.k as cum from bench_wd w
      where w.k = rd.cum + greatest(1, case
        when pk.amount is null then 1 + floor(g.r2 * 10)::int
        when x.due_on is null then 1
        when g.r2 < 0.89 then 1 + floor(g.r2 / 0.89 * ((select cum from bench_day where d = x.due_on) - rd.cum))::int
        else (select cum from bench_day where d = x.due_on) - rd.cum + 1 + floor((g.r2 - 0.89) / 0.11 * 6)::int
      end)) f on true`);
  // the triggers filled the rollups along with the insert; autovacuum would set their
  // visibility maps a little later
  await client.query('vacuum analyze service_case, case_figure_rollup, case_duration_rollup');
  await client.query('analyze');
}

export async function benchDashboard() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('dashboard bench skipped: needs DATABASE_URL (a PostgreSQL server)');
    return { name: 'district dashboard API: skipped: needs DATABASE_URL (a PostgreSQL server)', rows: [] };
  }
  const name = `sw_bench_dashboard_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: dbUrl.toString() });
  try {
    await database.migrate();
    const catalogs = await createCatalogService(database.db, await loadCatalogFiles(catalogDir));
    const client = new pg.Client({ connectionString: dbUrl.toString() });
    await client.connect();
    const t0 = performance.now();
    await generate(client);
    const generatedS = round((performance.now() - t0) / 1000);
    const shape = await client.query<{
      total: string;
      district: string;
      district_id: string;
      admins: string;
      unsettled: string;
      figure_rows: string;
      duration_rows: string;
    }>(`
      with measured as (select id from organization where name = 'Benchkreis 1' or parent_id = (select id from organization where name = 'Benchkreis 1'))
      select (select count(*) from service_case) as total,
             (select id from organization where name = 'Benchkreis 1') as district_id,
             (select count(*) from service_case where organization_id in (select id from measured) and received_on between '${YEAR}-01-01' and '${YEAR}-12-31') as district,
             (select count(*) from service_case where organization_id in (select id from measured) and received_on between '${YEAR}-01-01' and '${YEAR}-12-31'
                and status in ('open', 'paused')) as unsettled,
             (select count(*) from case_figure_rollup where organization_id in (select id from measured) and received_month between '${YEAR}-01-01' and '${YEAR}-12-31') as figure_rows,
             (select count(*) from case_duration_rollup where organization_id in (select id from measured) and grain = 'year' and received_from = '${YEAR}-01-01') as duration_rows,
             (select count(*) from organization where kind in ('district', 'municipality')) as admins`);
    await client.end();
    const {
      total,
      district,
      district_id: districtId,
      admins,
      unsettled,
      figure_rows: figureRows,
      duration_rows: durationRows,
    } = shape.rows[0]!;
    const n = (x: string) => Number(x).toLocaleString('en');

    const clock = new Date(`${TODAY}T10:00:00Z`);
    const now = () => clock;
    const config = {
      logLevel: 'silent' as const,
      maxUploadBytes: 5 * 1024 * 1024,
      sessionTtlMs: 3600_000,
      cookieSecure: false,
      publicUrl: undefined,
    };
    const path = `/api/v1/figures/district?from=${YEAR}-01-01&to=${YEAR}-12-31&granularity=month`;
    const staff = await createUser(database.db, districtId, 'municipality_member');

    /** The app as it runs (figures kept while the district's cases stand still), or computing the figures on every request. */
    async function serve(cachedFigures?: number) {
      const services = createServices({ database, catalogs, now, config, mailer: null, jobs: createRecordingQueue() });
      if (cachedFigures !== undefined) services.figures = createFiguresService({ db: database.db, now, cachedFigures });
      const app = await buildApp({ config, database, catalogs, services, webRoot: null });
      const loginRes = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: staff.email, password: PASSWORD } });
      const cookie = `sw_session=${loginRes.cookies.find((x) => x.name === 'sw_session')!.value}`;
      const sample = await app.inject({ method: 'GET', url: path, headers: { cookie } });
      if (sample.statusCode !== 200) throw new Error(`${path} answered ${sample.statusCode}: ${sample.body}`);
      return { app, headers: { cookie }, body: sample.json(), address: await app.listen({ port: 0, host: '127.0.0.1' }) };
    }

    /** p50/p95 at 20 connections, with the CPU the database backends and this process spent per request. */
    async function measureWithCpu(target: Awaited<ReturnType<typeof serve>>) {
      await measure(target.address, target.headers, path, 2); // warm-up: plans, caches, JIT, the pool's connections
      const cpu0 = await backendCpuSeconds(admin, name);
      const node0 = process.cpuUsage();
      const r = await measure(target.address, target.headers, path);
      const cpu1 = await backendCpuSeconds(admin, name);
      const node1 = process.cpuUsage(node0);
      const requests = r.requestsPerSecond * DURATION_S;
      return {
        ...r,
        dbCpuMsPerRequest: cpu0 === null || cpu1 === null ? null : round(((cpu1 - cpu0) * 1000) / requests),
        nodeCpuMsPerRequest: round((node1.user + node1.system) / 1000 / requests), // with autocannon's own share
      };
    }

    const computing = await serve(0);
    const computed = await measureWithCpu(computing);
    const running = await serve();
    const steady = await measureWithCpu(running);
    if (JSON.stringify(running.body) !== JSON.stringify(computing.body))
      throw new Error('the cached figures differ from the computed ones');

    // Office hours, exaggerated: a write to one of the district's cases every 100 ms (a real
    // district of 11 administrations sees a few hundred case events a day), each moving its
    // administration's figures_version counter, so the figures are computed again after each.
    const writer = new pg.Client({ connectionString: dbUrl.toString() });
    await writer.connect();
    const { rows: writable } = await writer.query<{ id: string }>(
      `select id from service_case where organization_id in (select id from organization where id = $1 or parent_id = $1) and status = 'open' limit 200`,
      [districtId],
    );
    let writes = 0;
    const writing = setInterval(() => {
      writes++;
      void writer.query('update service_case set updated_at = now() where id = $1', [writable[writes % writable.length]!.id]);
    }, 100);
    const whileWriting = await measureWithCpu(running);
    clearInterval(writing);
    await writer.end();

    const bare = Fastify();
    bare.get('/bare', async () => running.body);
    const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
    const ceiling = await measure(bareAddress, {}, '/bare');
    await bare.close();
    // autocannon stops at its deadline with requests in flight; let their queries finish
    // before the pool closes and the database is dropped
    await new Promise((r) => setTimeout(r, 3000));
    await computing.app.close();
    await running.app.close();
    return {
      name:
        `district dashboard API over ${Number(total).toLocaleString('en')} cases (${admins} administrations in ${DISTRICTS} districts, 11 promises each, 2022–2026; ` +
        `the measured district-year ${YEAR} holds ${n(district)} cases of 11 administrations: read as ${n(figureRows)} monthly count rows and ${n(durationRows)} yearly duration rows ` +
        `of the rollups plus the ${n(unsettled)} open or paused cases), generated in ${generatedS}s, ` +
        `20 connections, ${DURATION_S}s each (PostgreSQL)`,
      rows: [
        {
          what: `GET /api/v1/figures/district, one district, ${YEAR} by month: as it runs (figures kept until the district's cases change)`,
          ...steady,
        },
        { what: `the same while one of the district's cases changes every 100 ms`, ...whileWriting },
        { what: 'the same, figures computed afresh on every request', ...computed },
        { what: 'ceiling: bare Fastify route, same JSON', ...ceiling, dbCpuMsPerRequest: null, nodeCpuMsPerRequest: null },
      ],
    };
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchDashboard();
  console.log(r.name);
  console.table(r.rows);
}
