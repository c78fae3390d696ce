// The import job wired through real pg-boss on the test database (PGlite or PostgreSQL):
// an upload enqueues 'case-import' after commit, the worker registered by startJobWorkers
// takes it and the import finishes without anyone calling the service by hand.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { loadCatalogFiles } from '../src/server/catalogs/catalog.loader.js';
import { createCatalogService } from '../src/server/catalogs/catalog.service.js';
import type { Database } from '../src/server/db/client.js';
import { openJobQueue, type OpenedJobQueue } from '../src/server/jobs/job-queue.js';
import { startJobWorkers } from '../src/server/jobs/jobs.js';
import { createServices } from '../src/server/services.js';
import { createMunicipality, PASSWORD } from './support/factories.js';
import { catalogDir, freshDatabase, login } from './support/test-app.js';

let database: Database;
let queue: OpenedJobQueue;
let app: Awaited<ReturnType<typeof buildApp>>;

const quiet = { error: () => undefined, warn: () => undefined };

beforeAll(async () => {
  database = await freshDatabase();
  const catalogs = await createCatalogService(database.db, await loadCatalogFiles(path.resolve(catalogDir)));
  queue = await openJobQueue(database, quiet);
  const now = () => new Date();
  const config = {
    logLevel: 'silent' as const,
    maxUploadBytes: 5 * 1024 * 1024,
    sessionTtlMs: 3600_000,
    cookieSecure: false,
    publicUrl: undefined,
  };
  const services = createServices({ database, catalogs, now, config, mailer: null, jobs: queue.queue });
  app = await buildApp({ config, database, catalogs, services, webRoot: null });
  await app.ready();
  await startJobWorkers(queue, services, database);
});

afterAll(async () => {
  await app?.close();
  await queue?.stop();
  await database?.close();
});

it('an uploaded CSV is imported by the case-import worker through pg-boss', async () => {
  const city = await createMunicipality(database.db);
  const admin = await login(app, city.admin.email, PASSWORD);
  const promise = await admin.post('/api/v1/promises', {
    key: 'gewerbeanmeldung',
    title: 'Gewerbeanmeldung',
    area: 'trade_registration',
    startEvent: 'Eingang',
    stopEvent: 'Erledigung',
    amount: 1,
    unit: 'working_days',
    criterionRefs: [],
  });
  expect(promise.statusCode).toBe(201);
  const csv = [
    'Aktenzeichen;Versprechen;Eingang;Erledigt am',
    'Q-1;gewerbeanmeldung;2026-04-27;2026-04-28',
    'Q-2;gewerbeanmeldung;2026-04-28;',
  ].join('\n');
  const res = await admin.upload('/api/v1/cases/imports', { name: 'queue.csv', type: 'text/csv', content: Buffer.from(csv) });
  expect(res.statusCode).toBe(202);
  const id = res.json().id as string;
  let detail = (await admin.get(`/api/v1/cases/imports/${id}`)).json();
  for (let i = 0; i < 120 && detail.status !== 'done' && detail.status !== 'failed'; i++) {
    await new Promise((r) => setTimeout(r, 500));
    detail = (await admin.get(`/api/v1/cases/imports/${id}`)).json();
  }
  expect(detail).toMatchObject({ status: 'done', totalRows: 2, processedRows: 2, createdCount: 2, errorCount: 0 });
  expect((await admin.get('/api/v1/cases?q=Q-')).json().total).toBe(2);
});
