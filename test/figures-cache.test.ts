import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/server/db/client.js';
import { serviceCase, servicePromise } from '../src/server/db/schema.js';
import { createFiguresCache } from '../src/server/figures/figures.cache.js';
import { createFiguresRepository } from '../src/server/figures/figures.repository.js';
import { createOrganization, createUser, PASSWORD } from './support/factories.js';
import { createCalendar, createCases, createPromise } from './support/service-factories.js';
import { type Client, createTestApp, login, type TestContext } from './support/test-app.js';

// The figures service keeps computed figures under the figures_version counters of the
// administrations they cover; statement triggers raise a counter with every change to that
// administration's cases or promises. Here: the cache's own rules, the counters moving with
// every kind of write (also bulk SQL outside the services), and figures through the API that
// follow each change at once. "Today" is Monday 23 November 2026.

describe('the figures cache', () => {
  const counting = () => {
    let calls = 0;
    return { compute: async () => ({ call: ++calls }), calls: () => calls };
  };

  it('computes once per key and stamp, again when the stamp moves', async () => {
    const cache = createFiguresCache<{ call: number }>({ maxEntries: 10 });
    const c = counting();
    expect(await cache.get('k', 'a:1', c.compute)).toEqual({ call: 1 });
    expect(await cache.get('k', 'a:1', c.compute)).toEqual({ call: 1 });
    expect(await cache.get('k', 'a:2', c.compute)).toEqual({ call: 2 });
    expect(await cache.get('other', 'a:2', c.compute)).toEqual({ call: 3 });
    expect(c.calls()).toBe(3);
  });

  it('shares one computation between requests that arrive while it runs', async () => {
    const cache = createFiguresCache<{ call: number }>({ maxEntries: 10 });
    const c = counting();
    const all = await Promise.all(Array.from({ length: 5 }, () => cache.get('k', 's', c.compute)));
    expect(all.every((r) => r.call === 1)).toBe(true);
    expect(c.calls()).toBe(1);
  });

  it('does not keep a failed computation', async () => {
    const cache = createFiguresCache<{ call: number }>({ maxEntries: 10 });
    await expect(cache.get('k', 's', () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect(cache.size).toBe(0);
    expect(await cache.get('k', 's', async () => ({ call: 7 }))).toEqual({ call: 7 });
  });

  it('keeps at most maxEntries, the least recently used go first', async () => {
    const cache = createFiguresCache<{ call: number }>({ maxEntries: 2 });
    const c = counting();
    await cache.get('a', 's', c.compute);
    await cache.get('b', 's', c.compute);
    await cache.get('a', 's', c.compute);
    await cache.get('c', 's', c.compute); // evicts b
    expect(cache.size).toBe(2);
    await cache.get('a', 's', c.compute);
    await cache.get('b', 's', c.compute);
    expect(c.calls()).toBe(4);
  });

  it('with maxEntries 0 computes every time', async () => {
    const cache = createFiguresCache<{ call: number }>({ maxEntries: 0 });
    const c = counting();
    await cache.get('k', 's', c.compute);
    await cache.get('k', 's', c.compute);
    expect(c.calls()).toBe(2);
  });
});

let t: TestContext;
let db: Db;
let member: Client, district: Client;
let ids: { a: string; b: string; d: string };
let promiseA: Awaited<ReturnType<typeof createPromise>>;
let calendarA: Awaited<ReturnType<typeof createCalendar>>;
const YEAR = 'from=2026-01-01&to=2026-12-31';
type Body = { promises: { key: string; title: string; cases: number; onTime: number; late: number; pending: number; excluded: number }[] };
const gewerbe = async (client: Client, path = `/api/v1/figures?${YEAR}`) =>
  ((await client.get(path)).json() as Body).promises.find((p) => p.key === 'gewerbe')!;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-11-23T10:00:00Z');
  db = t.database.db;
  const kreis = await createOrganization(db, { kind: 'district', name: 'Kreis Zwischenspeicher', stateCode: 'NW' });
  const orgA = await createOrganization(db, { kind: 'municipality', name: 'Stadt Anfang', parentId: kreis.id, stateCode: 'NW' });
  const orgB = await createOrganization(db, { kind: 'municipality', name: 'Stadt Beispiel', parentId: kreis.id, stateCode: 'NW' });
  ids = { a: orgA.id, b: orgB.id, d: kreis.id };
  calendarA = await createCalendar(db, orgA.id);
  promiseA = await createPromise(db, orgA.id, { key: 'gewerbe', number: 3, title: 'Gewerbeanmeldung in 1 Arbeitstag' });
  await createCases(db, promiseA, calendarA, [
    { receivedOn: '2026-03-09', fulfilledAfter: 1 },
    { receivedOn: '2026-03-10', fulfilledAfter: 1 },
    { receivedOn: '2026-11-10', reference: 'OFFEN-1' }, // open and overdue
  ]);
  member = await login(t.app, (await createUser(db, orgA.id, 'municipality_member')).email, PASSWORD);
  district = await login(t.app, (await createUser(db, kreis.id, 'municipality_member')).email, PASSWORD);
});

afterAll(async () => {
  await t?.close();
});

describe('figures_version counters', () => {
  const stamp = (...organizationIds: string[]) => createFiguresRepository(db).stamp(organizationIds);

  it('move with inserts, updates and deletes of cases, and only for the administration concerned', async () => {
    const before = { a: await stamp(ids.a), b: await stamp(ids.b) };
    const [row] = await createCases(db, promiseA, calendarA, [{ receivedOn: '2026-05-04' }]);
    const afterInsert = await stamp(ids.a);
    expect(afterInsert).not.toBe(before.a);
    await db.update(serviceCase).set({ subject: 'Umbenannt' }).where(eq(serviceCase.id, row!.id));
    const afterUpdate = await stamp(ids.a);
    expect(afterUpdate).not.toBe(afterInsert);
    await db.delete(serviceCase).where(eq(serviceCase.id, row!.id));
    expect(await stamp(ids.a)).not.toBe(afterUpdate);
    expect(await stamp(ids.b)).toBe(before.b);
  });

  it('move with a change to a promise', async () => {
    const before = await stamp(ids.a);
    await db.update(servicePromise).set({ allowedDeviationRate: 0.15 }).where(eq(servicePromise.id, promiseA.id));
    expect(await stamp(ids.a)).not.toBe(before);
  });

  it('all move when the rollups are rebuilt', async () => {
    const before = await stamp(ids.a, ids.b, ids.d);
    await db.execute(sql`select case_figure_rollup_rebuild()`);
    const after = await stamp(ids.a, ids.b, ids.d);
    for (const id of [ids.a, ids.b, ids.d]) expect(after).toContain(id);
    expect(after).not.toBe(before);
  });

  it('a statement that changes no row leaves them as they are', async () => {
    const before = await stamp(ids.a);
    await db.update(serviceCase).set({ subject: 'x' }).where(eq(serviceCase.reference, 'GIBT-ES-NICHT'));
    expect(await stamp(ids.a)).toBe(before);
  });
});

describe('figures served from the cache', () => {
  it('follow a case settled by bulk SQL outside the services at once', async () => {
    expect(await gewerbe(member)).toMatchObject({ cases: 3, onTime: 2, late: 1 });
    expect(await gewerbe(member)).toMatchObject({ cases: 3, onTime: 2, late: 1 }); // served again
    await db
      .update(serviceCase)
      .set({ status: 'fulfilled', fulfilledOn: '2026-11-11', fulfilledAt: new Date('2026-11-11T14:00:00Z'), durationWorkingDays: 1 })
      .where(eq(serviceCase.reference, 'OFFEN-1'));
    expect(await gewerbe(member)).toMatchObject({ cases: 3, onTime: 3, late: 0 });
  });

  it('follow a new case, in the administration and in its district', async () => {
    expect(await gewerbe(district, `/api/v1/figures/district?${YEAR}`)).toMatchObject({ cases: 3 });
    await createCases(db, promiseA, calendarA, [{ receivedOn: '2026-06-01', excluded: 'Antrag zurückgezogen' }]);
    expect(await gewerbe(member)).toMatchObject({ cases: 3, excluded: 1 });
    expect(await gewerbe(district, `/api/v1/figures/district?${YEAR}`)).toMatchObject({ cases: 3, excluded: 1 });
  });

  it('follow a renamed promise', async () => {
    await gewerbe(member);
    await db.update(servicePromise).set({ title: 'Gewerbeanmeldung am nächsten Arbeitstag' }).where(eq(servicePromise.id, promiseA.id));
    expect((await gewerbe(member)).title).toBe('Gewerbeanmeldung am nächsten Arbeitstag');
  });

  it('follow the clock: the open case due today is late tomorrow, without any write', async () => {
    await createCases(db, promiseA, calendarA, [{ receivedOn: '2026-11-20' }]); // Friday: due Monday 23 November
    // Berlin 23:30 on Monday; 40 minutes later it is Tuesday in Berlin, the session still valid
    t.clock.now = new Date('2026-11-23T22:30:00Z');
    try {
      const staff = await login(t.app, (await createUser(db, ids.a, 'municipality_member')).email, PASSWORD);
      expect(await gewerbe(staff)).toMatchObject({ late: 0, pending: 1 });
      t.clock.now = new Date('2026-11-23T23:10:00Z');
      expect(await gewerbe(staff)).toMatchObject({ late: 1, pending: 0 });
    } finally {
      t.clock.now = new Date('2026-11-23T10:00:00Z');
    }
  });
});
