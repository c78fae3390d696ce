// The certifier's overview of 5,000 certificates with their state today and next due audit:
// p50/p95 of GET /api/v1/certificates/overview (first page, earliest due first) at 20
// concurrent connections, on embedded PGlite and — with DATABASE_URL — on a PostgreSQL
// server, beside a bare Fastify route serving the same JSON in the same process.
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { createCertifier, createMunicipality, PASSWORD } from '../test/support/factories.js';
import { createTestApp, login } from '../test/support/test-app.js';
import { DURATION_S, measure } from './support/measure.js';

const CERTIFICATES = 5_000;
const MUNICIPALITIES = 250;
const ISO = 'iso-9001-2015';

export async function benchCertificateOverview() {
  const t = await createTestApp();
  const { db } = t.database;
  const c = await createCertifier(db, [ISO]);
  const municipalityIds: string[] = [];
  for (let i = 0; i < MUNICIPALITIES; i++) municipalityIds.push((await createMunicipality(db)).org.id);
  const catalogId = t.catalogs.latest(ISO).id;
  const t0 = performance.now();
  // 5,000 decided initial audits with their certificates over 2022–2026, each with the three
  // audits it owes; the past ones mostly done, a few missed (suspended), some withdrawn
  await db.execute(sql`
    with n as (select g, (date '2022-01-03' + (g * 7919 % 1700)) as decided, (${sql.raw(`array['${municipalityIds.join("','")}']::uuid[]`)})[1 + g % ${MUNICIPALITIES}] as m from generate_series(1, ${CERTIFICATES}) g),
    a as (
      insert into assessment (certifier_id, municipality_id, catalog_id, status, contact_name, contact_email, application_channel, application_message, applied_at, released_at, kind)
      select ${c.org.id}, n.m, ${catalogId}, 'passed', 'Kontakt', 'kontakt@example.org', 'portal', 'Bewerbung', n.decided, n.decided, 'initial' from n
      returning id, municipality_id, released_at
    ),
    cert as (
      insert into certificate (assessment_id, certifier_id, municipality_id, scheme_id, catalog_version, number, valid_from, valid_until, status)
      select a.id, ${c.org.id}, a.municipality_id, ${ISO}, '2015.1', 'BENCH-' || a.id, a.released_at::date, (a.released_at::date + interval '36 months' - interval '1 day')::date,
             case when random() < 0.02 then 'withdrawn' else 'valid' end
      from a returning id, municipality_id, valid_from
    )
    insert into certificate_audit (certificate_id, certifier_id, municipality_id, kind, sequence, due_on, completed_on)
    select cert.id, ${c.org.id}, cert.municipality_id, k.kind, k.seq, (cert.valid_from + (k.months || ' months')::interval - interval '1 day')::date,
           case when (cert.valid_from + (k.months || ' months')::interval)::date < current_date and random() < 0.97 then (cert.valid_from + (k.months || ' months')::interval - interval '20 days')::date end
    from cert cross join (values ('surveillance', 1, 12), ('surveillance', 2, 24), ('recertification', 1, 36)) as k(kind, seq, months)`);
  // what the cycle repository keeps with every change to the audits
  await db.execute(
    sql`update certificate c set next_audit_due_on = (select min(a.due_on) from certificate_audit a where a.certificate_id = c.id and a.completed_on is null)`,
  );
  // what the hourly maintenance job does on PGlite (a server's autovacuum does it by itself)
  await t.database.maintain();
  const seeded = Math.round(performance.now() - t0);

  const loginRes = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: c.admin.email, password: PASSWORD } });
  const cookie = `sw_session=${loginRes.cookies.find((x) => x.name === 'sw_session')!.value}`;
  const certifier = await login(t.app, c.admin.email, PASSWORD);
  const first = await certifier.get('/api/v1/certificates/overview');
  if (first.statusCode !== 200 || first.json().total !== CERTIFICATES)
    throw new Error(`overview answered ${first.statusCode} with ${first.json().total} certificates`);
  const states = (
    await Promise.all(
      ['valid', 'surveillance_due', 'suspended', 'expired', 'withdrawn'].map(async (s) => [
        s,
        (await certifier.get(`/api/v1/certificates/overview?state=${s}&pageSize=1`)).json().total,
      ]),
    )
  )
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });

  const bare = Fastify();
  const sample = first.json();
  bare.get('/bare', async () => sample);
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });

  const app = await measure(address, { cookie }, ['/api/v1/certificates/overview']);
  const filtered = await measure(address, { cookie }, ['/api/v1/certificates/overview?state=surveillance_due,suspended']);
  const ceiling = await measure(bareAddress, {}, ['/bare']);
  await bare.close();
  await t.close();
  return {
    name: `certificate overview, ${CERTIFICATES.toLocaleString('en')} certificates (${states}; seeded in ${seeded} ms), 20 connections, ${DURATION_S}s each (${t.database.kind})`,
    rows: [
      { what: 'GET /api/v1/certificates/overview (first 50, earliest due)', ...app },
      { what: 'same, only surveillance due or suspended', ...filtered },
      { what: 'ceiling: bare Fastify route, same JSON', ...ceiling },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchCertificateOverview();
  console.log(r.name);
  console.table(r.rows);
}
