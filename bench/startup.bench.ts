// Cold `npm start` to ready on an empty data directory, then warm on the same one,
// beside a baseline in the same run: a Node process that starts a bare Fastify
// server (the floor of any Node web app's start). Ready = /healthz answers 200.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../test/support/free-port.js';

const root = path.resolve(import.meta.dirname, '..');

async function timeToReady(cmd: string, args: string[], env: Record<string, string>, probe: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${cmd} ${args.join(' ')} exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}${probe}`)).ok) return performance.now() - t0;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    // `npm start` runs node in a child shell: end the whole process group, or the server outlives the bench
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // …and wait until the last process of the group is gone, so the warm start finds the data dir free
    for (;;) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const bareServer = `import('fastify').then(async ({ default: F }) => { const a = F(); a.get('/healthz', async () => ({ status: 'ok' })); await a.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }); })`;

export async function benchStartup() {
  // the SPA build is not part of start-up: build it first if stale, untimed
  execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'siegelwerk-bench-'));
  try {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const cold = await timeToReady('npm', ['start', '--silent'], env, '/healthz');
    const warm = await timeToReady('npm', ['start', '--silent'], env, '/healthz');
    const baseline = await timeToReady(process.execPath, ['-e', bareServer], {}, '/healthz');
    return {
      name: 'npm start to ready (/healthz 200), embedded PGlite',
      rows: [
        { what: 'cold: empty data dir (migrations, catalogs, demo seed)', ms: Math.round(cold) },
        { what: 'warm: same data dir again', ms: Math.round(warm) },
        { what: 'baseline: bare Fastify in a fresh node process', ms: Math.round(baseline) },
      ],
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchStartup();
  console.log(r.name);
  console.table(r.rows);
}
