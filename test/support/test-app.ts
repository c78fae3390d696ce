import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { loadCatalogFiles } from '../../src/server/catalogs/catalog.loader.js';
import { type CatalogService, createCatalogService } from '../../src/server/catalogs/catalog.service.js';
import { type Database, openDatabase } from '../../src/server/db/client.js';
import type { Mailer } from '../../src/server/mail/mailer.js';
import { createRecordingQueue, type RecordingQueue } from './recording-queue.js';
import { createServices, type Services } from '../../src/server/services.js';

export const catalogDir = path.resolve(import.meta.dirname, '../../catalogs');

/**
 * A fresh database per test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
 */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await database.migrate();
    return database;
  }
  const name = `sw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: testUrl.toString(), poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export type TestContext = {
  app: FastifyInstance;
  database: Database;
  catalogs: CatalogService;
  clock: { now: Date };
  /** The same services the routes use, for what no endpoint triggers (background jobs). */
  services: Services;
  /** The jobs the services asked for; a test runs the handler itself (test/jobs.test.ts runs real pg-boss). */
  jobs: RecordingQueue;
  close(): Promise<void>;
};

export async function createTestApp(opts: { maxUploadBytes?: number; mailer?: Mailer; sessionTtlMs?: number } = {}): Promise<TestContext> {
  const database = await freshDatabase();
  const catalogs = await createCatalogService(database.db, await loadCatalogFiles(catalogDir));
  const clock = { now: new Date('2026-05-04T08:00:00Z') };
  const now = () => clock.now;
  const config = {
    logLevel: 'silent' as const,
    maxUploadBytes: opts.maxUploadBytes ?? 5 * 1024 * 1024,
    sessionTtlMs: opts.sessionTtlMs ?? 3600_000,
    cookieSecure: false,
    publicUrl: undefined,
  };
  const jobs = createRecordingQueue();
  const services = createServices({ database, catalogs, now, config, mailer: opts.mailer ?? null, jobs });
  const app = await buildApp({ config, database, catalogs, services, webRoot: null });
  await app.ready();
  return {
    app,
    database,
    catalogs,
    clock,
    services,
    jobs,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A logged-in client: sends the session cookie and the CSRF token like the SPA does. */
export type Client = {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  upload(url: string, file: { name: string; type: string; content: Buffer }): Promise<LightMyRequestResponse>;
  userId: string;
  organizationId: string;
};

export async function login(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'sw_session')!;
  const me = res.json() as { csrfToken: string; user: { id: string }; organization: { id: string } };
  const headers = { cookie: `sw_session=${cookie.value}`, 'x-csrf-token': me.csrfToken };
  const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE') => (url: string, body?: unknown) =>
    app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  return {
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie: headers.cookie } }),
    post: send('POST'),
    put: send('PUT'),
    patch: send('PATCH'),
    delete: (url) => app.inject({ method: 'DELETE', url, headers }),
    upload: (url, file) => {
      const boundary = `----sw${randomBytes(8).toString('hex')}`;
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
        ),
        file.content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    },
    userId: me.user.id,
    organizationId: me.organization.id,
  };
}
