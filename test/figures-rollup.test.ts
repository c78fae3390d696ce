import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/calendar/berlin-date.js';
import type { Db } from '../src/server/db/client.js';
import { caseDurationRollup, caseFigureRollup, serviceCase } from '../src/server/db/schema.js';
import { aggregateFromRollup } from '../src/server/figures/figures-rollup.repository.js';
import { type AggregateRow, aggregateLive, type FigureFilter } from '../src/server/figures/figures.repository.js';
import type { Granularity } from '../src/server/figures/figures.schemas.js';
import { createOrganization, createUser, PASSWORD } from './support/factories.js';
import { type CaseSpec, createCalendar, createCases, createPromise } from './support/service-factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

// case_figure_rollup counts the settled cases (fulfilled, excluded) per administration,
// month of receipt and promise version, case_duration_rollup the fulfilled ones per duration
// in their month and year; statement triggers on service_case keep both. Here: after every
// kind of write they equal what the cases themselves say (counted in JavaScript,
// independently of the trigger's SQL), and the figures of whole months computed from them
// equal the figures counted over the cases, on random cases with pauses, exclusions, promise
// versions, late and open ones. "Today" is Monday 23 November 2026.

let t: TestContext;
let db: Db;
let member: Client;
let district: Client;
let ids: { a: string; b: string; d: string };
const TODAY = '2026-11-23';

/** mulberry32: the same random cases on every run, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random cases received 2025-01-02 … today: fulfilled early or late, excluded, paused, or still open. */
function randomSpecs(next: () => number, count: number, longest: number): CaseSpec[] {
  const specs: CaseSpec[] = [];
  for (let i = 0; i < count; i++) {
    const receivedOn = addDays('2025-01-02', Math.floor(next() * 690));
    const kind = next();
    const after = 1 + Math.floor(next() * longest);
    const settleable = receivedOn < '2026-09-01'; // fulfilled long before today
    if (kind < 0.08)
      specs.push({ receivedOn, excluded: 'Antrag zurückgezogen', ...(next() < 0.5 && settleable && { fulfilledAfter: after }) });
    else if (kind < 0.14)
      specs.push({ receivedOn, pauses: [{ from: receivedOn, to: null }] }); // paused without end
    else if (kind < 0.22 && settleable)
      specs.push({ receivedOn, pauses: [{ from: addDays(receivedOn, 1), to: addDays(receivedOn, 8) }], fulfilledAfter: after + 5 });
    else if (kind < 0.3 || !settleable)
      specs.push({ receivedOn }); // open: late once its due date has passed
    else specs.push({ receivedOn, fulfilledAfter: after });
  }
  return specs;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date(`${TODAY}T10:00:00Z`);
  db = t.database.db;
  const kreis = await createOrganization(db, { kind: 'district', name: 'Kreis Rollup', stateCode: 'NW' });
  const orgA = await createOrganization(db, { kind: 'municipality', name: 'Stadt Anfang', parentId: kreis.id, stateCode: 'NW' });
  const orgB = await createOrganization(db, { kind: 'municipality', name: 'Stadt Beispiel', parentId: kreis.id, stateCode: 'NW' });
  ids = { a: orgA.id, b: orgB.id, d: kreis.id };
  const [calA, calB, calD] = await Promise.all([createCalendar(db, orgA.id), createCalendar(db, orgB.id), createCalendar(db, kreis.id)]);
  member = await login(t.app, (await createUser(db, orgA.id, 'municipality_member')).email, PASSWORD);
  district = await login(t.app, (await createUser(db, kreis.id, 'municipality_member')).email, PASSWORD);

  const next = random(20261123);
  const gewerbe1 = await createPromise(db, orgA.id, { key: 'gewerbe', version: 1, number: 3, retiredAt: new Date('2025-09-01T00:00:00Z') });
  const gewerbe2 = await createPromise(db, orgA.id, { key: 'gewerbe', version: 2, number: 3 });
  const bau = await createPromise(db, orgA.id, { key: 'bau', number: 7, area: 'building_control', amount: 8, unit: 'weeks' });
  const lotse = await createPromise(db, orgA.id, { key: 'lotse', number: 1, area: 'business_development', amount: null });
  const gewerbeB = await createPromise(db, orgB.id, { key: 'gewerbe', number: 3 });
  const rueckrufB = await createPromise(db, orgB.id, { key: 'rueckruf', number: 9, area: 'business_development', amount: 2 });
  const gewerbeD = await createPromise(db, kreis.id, { key: 'gewerbe', number: 3 });
  await createCases(db, gewerbe1, calA, randomSpecs(next, 60, 4));
  await createCases(db, gewerbe2, calA, randomSpecs(next, 90, 4));
  await createCases(db, bau, calA, randomSpecs(next, 40, 50));
  await createCases(db, lotse, calA, randomSpecs(next, 30, 12));
  await createCases(db, gewerbeB, calB, randomSpecs(next, 80, 5));
  await createCases(db, rueckrufB, calB, randomSpecs(next, 50, 6));
  await createCases(db, gewerbeD, calD, randomSpecs(next, 40, 3));
});

afterAll(async () => {
  await t?.close();
});

type Rollups = { figures: (typeof caseFigureRollup.$inferSelect)[]; durations: (typeof caseDurationRollup.$inferSelect)[] };
const byKey = (x: object, y: object) => JSON.stringify(Object.values(x)).localeCompare(JSON.stringify(Object.values(y)));

/** Both rollups as the cases say they should be, counted in JavaScript. */
async function expectedRollups(): Promise<Rollups> {
  const cases = await db
    .select()
    .from(serviceCase)
    .where(inArray(serviceCase.status, ['fulfilled', 'excluded']));
  const figures = new Map<string, Rollups['figures'][number]>();
  const durations = new Map<string, Rollups['durations'][number]>();
  for (const c of cases) {
    const key = { organizationId: c.organizationId, receivedMonth: `${c.receivedOn.slice(0, 7)}-01`, promiseId: c.promiseId };
    const row = figures.get(JSON.stringify(key)) ?? { ...key, onTimeCases: 0, lateCases: 0, noDeadlineCases: 0, excludedCases: 0 };
    if (c.status === 'excluded') row.excludedCases++;
    else if (c.dueOn === null || c.fulfilledOn === null) row.noDeadlineCases++;
    else if (c.fulfilledOn <= c.dueOn) row.onTimeCases++;
    else row.lateCases++;
    figures.set(JSON.stringify(key), row);
    if (c.status !== 'fulfilled' || c.durationWorkingDays === null) continue;
    for (const [grain, receivedFrom] of [
      ['month', key.receivedMonth],
      ['year', `${c.receivedOn.slice(0, 4)}-01-01`],
    ] as const) {
      const dKey = {
        organizationId: c.organizationId,
        grain,
        receivedFrom,
        promiseId: c.promiseId,
        durationWorkingDays: c.durationWorkingDays,
      };
      const dRow = durations.get(JSON.stringify(dKey)) ?? { ...dKey, cases: 0 };
      dRow.cases++;
      durations.set(JSON.stringify(dKey), dRow);
    }
  }
  return { figures: [...figures.values()].sort(byKey), durations: [...durations.values()].sort(byKey) };
}

async function storedRollups(): Promise<Rollups> {
  return {
    figures: (await db.select().from(caseFigureRollup)).sort(byKey),
    durations: (await db.select().from(caseDurationRollup)).sort(byKey),
  };
}

async function expectRollupExact() {
  const expected = await expectedRollups();
  expect(await storedRollups()).toEqual(expected);
  return expected;
}

const sorted = (rows: AggregateRow[]) =>
  [...rows].sort((x, y) => `${x.key}|${x.organizationId}|${x.bucket}`.localeCompare(`${y.key}|${y.organizationId}|${y.bucket}`));

// whole years, whole years with months before or after them, months only, nothing received
const WHOLE_MONTHS: [string, string][] = [
  ['2026-01-01', '2026-12-31'],
  ['2025-01-01', '2026-12-31'],
  ['2025-07-01', '2026-12-31'],
  ['2025-01-01', '2026-06-30'],
  ['2024-11-01', '2026-02-28'],
  ['2025-07-01', '2026-02-28'],
  ['2026-04-01', '2026-06-30'],
  ['2026-11-01', '2026-11-30'],
  ['2024-01-01', '2024-12-31'],
];

/** Both paths over every whole-month period, granularity and grouping; returns how many rows were compared. */
async function expectRollupPathEqualsLive(): Promise<AggregateRow[]> {
  const seen: AggregateRow[] = [];
  for (const [from, to] of WHOLE_MONTHS) {
    for (const organizationIds of [[ids.a, ids.b, ids.d], [ids.b]]) {
      for (const granularity of ['month', 'quarter', 'year'] as Granularity[]) {
        for (const opts of [{ perOrganization: true }, { perOrganization: false }, { perOrganization: false, keys: ['gewerbe'] }]) {
          const f: FigureFilter = { organizationIds, from, to, today: TODAY };
          const [rollup, live] = await Promise.all([
            aggregateFromRollup(db, f, granularity, opts),
            aggregateLive(db, f, granularity, opts),
          ]);
          expect(sorted(rollup), `${from}…${to} ${granularity} ${JSON.stringify(opts)}`).toEqual(sorted(live));
          seen.push(...rollup);
        }
      }
    }
  }
  return seen;
}

describe('case_figure_rollup', () => {
  it('equals a fresh aggregation of the inserted cases, excluded ones and those without a due date included', async () => {
    const expected = await expectRollupExact();
    expect(expected.figures.length).toBeGreaterThan(100);
    expect(expected.figures.some((r) => r.lateCases > 0 && r.excludedCases > 0)).toBe(true);
    expect(expected.figures.some((r) => r.noDeadlineCases > 0)).toBe(true);
    expect(expected.durations.filter((r) => r.grain === 'year').length).toBeGreaterThan(20);
  });

  it('follows a case through the API: fulfilled, reopened, excluded, included, paused and fulfilled again', async () => {
    const created = await member.post('/api/v1/cases', {
      promiseKey: 'gewerbe',
      receivedAt: '2026-10-05T08:00:00Z',
      subject: 'Gewerbeanmeldung',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const event = async (body: object) => {
      const res = await member.post(`/api/v1/cases/${id}/events`, body);
      expect(res.statusCode, res.body).toBe(200);
      await expectRollupExact();
    };
    const inRollup = async () =>
      (await storedRollups()).figures.filter((r) => r.receivedMonth === '2026-10-01' && r.organizationId === ids.a);
    const before = await inRollup();
    await event({ kind: 'fulfilled', onDate: '2026-10-09' }); // late: due the next working day
    expect(await inRollup()).not.toEqual(before);
    await event({ kind: 'reopened', onDate: '2026-10-12', reason: 'Unterlagen unvollständig' });
    expect(await inRollup()).toEqual(before);
    await event({ kind: 'excluded', onDate: '2026-10-13', reason: 'withdrawn' });
    await event({ kind: 'included', onDate: '2026-10-14' });
    await event({ kind: 'paused', onDate: '2026-10-14', reason: 'Führungszeugnis fehlt' });
    await event({ kind: 'resumed', onDate: '2026-10-20' });
    await event({ kind: 'fulfilled', onDate: '2026-10-21' });
  });

  it('follows bulk SQL: cases moved to another month, promise version and status, deleted, and a no-op update', async () => {
    const some = await db.select({ id: serviceCase.id }).from(serviceCase).where(eq(serviceCase.source, 'manual')).limit(60);
    const idsOf = (from: number, to: number) => some.slice(from, to).map((r) => r.id);
    await db
      .update(serviceCase)
      .set({ receivedOn: sql`${serviceCase.receivedOn} + 31` })
      .where(inArray(serviceCase.id, idsOf(0, 15)));
    await expectRollupExact();
    await db
      .update(serviceCase)
      .set({ status: 'open', fulfilledOn: null, fulfilledAt: null, durationWorkingDays: null })
      .where(inArray(serviceCase.id, idsOf(15, 25)));
    await expectRollupExact();
    await db
      .update(serviceCase)
      .set({ status: 'excluded', exclusionReason: 'Antrag zurückgezogen' })
      .where(inArray(serviceCase.id, idsOf(25, 35)));
    await expectRollupExact();
    await db
      .update(serviceCase)
      .set({ durationWorkingDays: sql`${serviceCase.durationWorkingDays} + 1`, fulfilledOn: sql`${serviceCase.fulfilledOn} + 1` })
      .where(inArray(serviceCase.id, idsOf(35, 45)));
    await expectRollupExact();
    const [v1, v2] = await db
      .execute(sql`select id from service_promise where organization_id = ${ids.a} and key = 'gewerbe' order by version`)
      .then((r) => (r as unknown as { rows: { id: string }[] }).rows);
    await db.update(serviceCase).set({ promiseId: v2!.id }).where(eq(serviceCase.promiseId, v1!.id));
    await expectRollupExact();
    const before = await storedRollups();
    await db
      .update(serviceCase)
      .set({ subject: 'nur der Betreff' })
      .where(inArray(serviceCase.id, idsOf(0, 60)));
    expect(await storedRollups()).toEqual(before);
    await db.delete(serviceCase).where(inArray(serviceCase.id, idsOf(45, 60)));
    await expectRollupExact();
  });

  it('gives the same figures as counting the cases, for every whole-month period, granularity and grouping', async () => {
    const rows = await expectRollupPathEqualsLive();
    // the comparison covers what could differ: late open cases, pending, exclusions, interpolated percentiles
    expect(rows.some((r) => r.pending > 0 && r.late > 0 && r.excluded > 0)).toBe(true);
    expect(rows.some((r) => r.p90WorkingDays !== null && !Number.isInteger(r.p90WorkingDays))).toBe(true);
    expect(rows.some((r) => r.medianWorkingDays !== null && !Number.isInteger(r.medianWorkingDays))).toBe(true);
  });

  it('the dashboard reads the rollup for whole months and the cases for any other period', async () => {
    const year = '/api/v1/figures/district?from=2026-01-01&to=2026-12-31';
    const almostYear = '/api/v1/figures/district?from=2026-01-01&to=2026-12-30'; // no case received on 31 December
    const onTime = async (url: string) =>
      (await district.get(url)).json().promises.find((p: { key: string }) => p.key === 'gewerbe').onTime as number;
    const [yearBefore, almostBefore] = [await onTime(year), await onTime(almostYear)];
    expect(yearBefore).toBe(almostBefore);
    // a rollup row out of step with the cases shows in the whole year only (a write no
    // application path makes: it raises the figures_version counters by hand, so the figures
    // computed before are not served again)
    const tamper = async (by: number) => {
      await db.execute(sql`select figures_version_raise_all()`);
      return db.execute(sql`update case_figure_rollup set on_time_cases = on_time_cases + ${by} where ctid = (select ctid from case_figure_rollup where organization_id = ${ids.b} and received_month between '2026-01-01' and '2026-12-01' and on_time_cases > 0
        and promise_id = (select id from service_promise where organization_id = ${ids.b} and key = 'gewerbe') limit 1)`);
    };
    await tamper(1000);
    try {
      expect(await onTime(year)).toBe(yearBefore + 1000);
      expect(await onTime(almostYear)).toBe(almostBefore);
    } finally {
      await tamper(-1000);
    }
    await expectRollupExact();
  });

  it('is rebuilt from the cases by case_figure_rollup_rebuild(), as the migration fills it', async () => {
    const kept = await expectRollupExact();
    await db.execute(sql`delete from case_duration_rollup where grain = 'year'`);
    await db.execute(sql`update case_figure_rollup set late_cases = late_cases + 1`);
    await db.execute(sql`select case_figure_rollup_rebuild()`);
    expect(await storedRollups()).toEqual(kept);
  });

  it('is emptied with the cases by TRUNCATE', async () => {
    expect((await storedRollups()).figures.length).toBeGreaterThan(0);
    await db.execute(sql`truncate service_case cascade`);
    expect(await storedRollups()).toEqual({ figures: [], durations: [] });
  });
});
