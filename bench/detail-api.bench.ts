// p50/p95 of GET /api/v1/assessments/:id with 200 stored assessments, 20 concurrent
// connections (autocannon), beside a bare Fastify route in the same process as the ceiling.
import Fastify from 'fastify';
import { flattenCriteria } from '../src/domain/catalog/catalog.schema.js';
import { IHK_SCHEME } from '../src/server/demo/demo-data.js';
import { createCertifier, createMunicipality, PASSWORD } from '../test/support/factories.js';
import { createTestApp, login } from '../test/support/test-app.js';
import { DURATION_S, measure } from './support/measure.js';

const ASSESSMENTS = 200;

export async function benchDetailApi() {
  const t = await createTestApp();
  const { db } = t.database;
  const c = await createCertifier(db, [IHK_SCHEME]);
  const certifier = await login(t.app, c.admin.email, PASSWORD);
  const auditor = await login(t.app, c.auditor.email, PASSWORD);
  const criteria = flattenCriteria(t.catalogs.latest(IHK_SCHEME).catalog);
  const ids: string[] = [];
  for (let n = 0; n < ASSESSMENTS; n++) {
    const m = await createMunicipality(db);
    const muni = await login(t.app, m.admin.email, PASSWORD);
    const id = (
      await muni.post('/api/v1/assessments', { certifierId: certifier.organizationId, schemeId: IHK_SCHEME, message: 'Bewerbung' })
    ).json().id as string;
    await certifier.post(`/api/v1/assessments/${id}/accept`, { documentationDueOn: '2026-07-01' });
    for (const cr of criteria.slice(0, 10))
      await muni.put(`/api/v1/assessments/${id}/criteria/${cr.id}/documentation`, {
        explanation: 'Erläuterung '.repeat(20),
        links: ['https://example.org'],
      });
    if (n % 2 === 0) {
      await auditor.put(`/api/v1/assessments/${id}/meeting`, {
        heldAt: '2026-06-01T10:00:00+02:00',
        attendance: [{ name: 'BM', role: 'BM' }],
      });
      await auditor.post(`/api/v1/assessments/${id}/meeting/close`);
      for (const cr of criteria)
        await auditor.put(`/api/v1/assessments/${id}/criteria/${cr.id}/score`, { points: Math.floor((cr.maxPoints ?? 0) * 0.8) });
    }
    ids.push(id);
  }
  // The logged-in session, as a browser would send it.
  const loginRes = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: c.admin.email, password: PASSWORD } });
  const cookie = `sw_session=${loginRes.cookies.find((x) => x.name === 'sw_session')!.value}`;
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });

  const bare = Fastify();
  const sample = (await certifier.get(`/api/v1/assessments/${ids[0]}`)).json();
  bare.get('/bare/:id', async () => sample);
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });

  const app = await measure(
    address,
    { cookie },
    ids.map((id) => `/api/v1/assessments/${id}`),
  );
  const ceiling = await measure(
    bareAddress,
    {},
    ids.map((id) => `/bare/${id}`),
  );
  await bare.close();
  await t.close();
  return {
    name: `assessment detail API, ${ASSESSMENTS} assessments, 20 connections, ${DURATION_S}s each (${t.database.kind})`,
    rows: [
      { what: 'GET /api/v1/assessments/:id', ...app },
      { what: 'ceiling: bare Fastify route, same JSON', ...ceiling },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchDetailApi();
  console.log(r.name);
  console.table(r.rows);
}
