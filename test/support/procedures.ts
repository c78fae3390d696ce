import { expect } from 'vitest';
import { flattenCriteria } from '../../src/domain/catalog/catalog.schema.js';
import type { CatalogService } from '../../src/server/catalogs/catalog.service.js';
import type { Client } from './test-app.js';

export type Parties = { certifier: Client; auditor: Client; municipality: Client };

/** A score that passes any criterion of its kind; `fail` scores it as badly as the kind allows. */
function scoreFor(c: ReturnType<typeof flattenCriteria>[number], fail: boolean) {
  switch (c.kind) {
    case 'points':
      return { points: fail ? 0 : (c.maxPoints ?? 0) };
    case 'graded':
      return { grade: fail ? 3 : 1, ...(c.measured ? { deviationRate: fail ? 0.5 : 0.02 } : {}) };
    case 'maturity':
      return { maturityLevel: fail ? 0 : (c.maxLevel ?? 4) };
    default:
      return { conformity: fail ? 'major' : 'conform' };
  }
}

/** From an open documentation step: meeting held and closed, every criterion scored, released. */
export async function decide(
  p: Parties,
  catalogs: CatalogService,
  schemeId: string,
  assessmentId: string,
  opts: { heldAt: string; phoneCallAt: string; fail?: boolean },
) {
  expect(
    (
      await p.auditor.put(`/api/v1/assessments/${assessmentId}/meeting`, {
        heldAt: opts.heldAt,
        attendance: [{ name: 'Bürgermeisterin', role: 'Verwaltungsleitung' }],
      })
    ).statusCode,
  ).toBe(200);
  expect((await p.auditor.post(`/api/v1/assessments/${assessmentId}/meeting/close`)).statusCode).toBe(200);
  for (const c of flattenCriteria(catalogs.latest(schemeId).catalog)) {
    const res = await p.auditor.put(`/api/v1/assessments/${assessmentId}/criteria/${c.id}/score`, scoreFor(c, opts.fail ?? false));
    expect(res.statusCode, res.body).toBe(200);
  }
  return p.certifier.post(`/api/v1/assessments/${assessmentId}/release`, {
    phoneCallAt: opts.phoneCallAt,
    phoneCallWith: 'Kontaktperson',
    ...(opts.fail ? { nextSteps: 'Abweichungen beheben.' } : {}),
  });
}

/** Application to released result through the API, as the two parties do it. */
export async function certify(
  p: Parties,
  catalogs: CatalogService,
  schemeId: string,
  opts: { heldAt: string; phoneCallAt: string; documentationDueOn: string },
) {
  const applied = await p.municipality.post('/api/v1/assessments', {
    certifierId: p.certifier.organizationId,
    schemeId,
    message: 'Wir bewerben uns.',
  });
  expect(applied.statusCode, applied.body).toBe(201);
  const id = applied.json().id as string;
  expect((await p.certifier.post(`/api/v1/assessments/${id}/accept`, { documentationDueOn: opts.documentationDueOn })).statusCode).toBe(
    200,
  );
  const released = await decide(p, catalogs, schemeId, id, opts);
  expect(released.statusCode, released.body).toBe(200);
  return { assessmentId: id, certificateId: released.json().certificateId as string };
}
