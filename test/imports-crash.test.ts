// A kill of the server in the middle of an import, then a restart: the REAL server process
// (src/server/main.ts, PGlite in a temp DATA_DIR, demo data, background jobs on) is killed
// with SIGKILL while the import runs and started again on the same data. The import must
// finish by itself, with exactly one case per distinct valid row: nothing lost, nothing doubled.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from './support/free-port.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'siegelwerk-import-crash-'));
let child: ChildProcess | null = null;
let output = '';

async function start(port: number): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SEED_DEMO: 'true',
      JOBS: 'true',
      LOG_LEVEL: 'warn',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return url;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function kill() {
  const proc = child!;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGKILL');
  await exited;
  child = null;
}

afterAll(async () => {
  if (child) {
    const proc = child;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function session(url: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'wirtschaft@musterhagen.example', password: 'Siegelwerk-Demo-2026' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('sw_session='))!
    .split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    get: async (p: string) => (await fetch(`${url}/api/v1${p}`, { headers: { cookie } })).json(),
    post: (p: string, body: object) =>
      fetch(`${url}/api/v1${p}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    upload: (p: string, form: FormData) => fetch(`${url}/api/v1${p}`, { method: 'POST', headers, body: form }),
  };
}

/**
 * 20,000 rows: every 1000th misses its receipt date (20 bad rows), and the last 100 repeat
 * the file numbers of the first 100 (duplicates), so the import has all three outcomes.
 */
function crashCsv() {
  const rows = ['Aktenzeichen;Versprechen;Eingang;Erledigt am;Betreff;Unternehmen'];
  const total = 20_000;
  const distinct = total - 100;
  for (let i = 0; i < total; i++) {
    const n = i % distinct;
    const received = i % 1000 === 500 ? '' : `2026-0${1 + (n % 4)}-${String(1 + (n % 28)).padStart(2, '0')}`;
    rows.push(`CRASHTEST-${n};crash-gewerbe;${received};;Absturztest ${n};Firma ${n}`);
  }
  return { csv: rows.join('\n'), total, bad: 20, distinctValid: distinct - 20 };
}

it('a server killed mid-import resumes after a restart: one case per distinct valid row', { timeout: 600_000 }, async () => {
  const port = await freePort();
  let url = await start(port);
  let api = await session(url);
  const promise = await api.post('/promises', {
    key: 'crash-gewerbe',
    title: 'Gewerbeanmeldung (Absturztest)',
    area: 'trade_registration',
    startEvent: 'Eingang',
    stopEvent: 'Erledigung',
    amount: 1,
    unit: 'working_days',
    criterionRefs: [],
  });
  expect(promise.status, await promise.clone().text()).toBe(201);

  const { csv, total, bad, distinctValid } = crashCsv();
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'absturz.csv');
  const uploaded = await api.upload('/cases/imports', form);
  expect(uploaded.status).toBe(202);
  const { id } = (await uploaded.json()) as { id: string };

  // kill as soon as a batch has committed and the worker is still at it
  let seen = await api.get(`/cases/imports/${id}`);
  const history: string[] = [];
  const deadline = Date.now() + 120_000;
  while (!(seen.status === 'running' && seen.processedRows > 0)) {
    history.push(`${Date.now()} ${seen.status} ${seen.processedRows}/${seen.totalRows}`);
    expect(seen.status, `the import finished before it could be interrupted: ${history.join(', ')}`).not.toBe('done');
    expect(Date.now() < deadline, `the import never started: ${JSON.stringify(seen)}`).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    seen = await api.get(`/cases/imports/${id}`);
  }
  await kill();
  expect(seen.processedRows).toBeLessThan(total);

  url = await start(port);
  api = await session(url);
  const after = await api.get(`/cases/imports/${id}`);
  // running: the dead worker's lease holds it until it runs out, then a new worker resumes it
  expect(['running', 'done']).toContain(after.status);
  let detail = after;
  const finish = Date.now() + 300_000;
  while (detail.status !== 'done' && detail.status !== 'failed' && Date.now() < finish) {
    await new Promise((r) => setTimeout(r, 1000));
    detail = await api.get(`/cases/imports/${id}`);
  }
  if (detail.status !== 'done') console.error(output);
  expect(detail).toMatchObject({
    status: 'done',
    totalRows: total,
    processedRows: total,
    createdCount: distinctValid,
    duplicateCount: total - distinctValid - bad,
    errorCount: bad,
  });
  const cases = await api.get('/cases?q=CRASHTEST-&pageSize=1');
  expect(cases.total).toBe(distinctValid);
});
