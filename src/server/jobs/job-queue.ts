import { PgBoss } from 'pg-boss';
import type { Database } from '../db/client.js';

/** The background jobs of Siegelwerk; each has one handler registered in jobs.ts. */
export const JOB_NAMES = ['mail-send', 'case-warnings', 'case-import', 'certificate-cycle', 'db-maintenance'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/**
 * What services see of the queue: they ask for a job after their transaction committed.
 * A job lost between commit and enqueue (a crash) is picked up by the job's schedule,
 * so every handler is written to find its own work in the database.
 */
export type JobQueue = {
  enqueue(name: JobName, data?: Record<string, string>, opts?: { singletonKey?: string }): Promise<void>;
};

type Log = { error(obj: object, msg: string): void; warn(obj: object, msg: string): void };

/** pg-boss on the app's own database (PGlite or PostgreSQL): jobs survive restarts and run once. */
export async function openJobQueue(database: Database, log: Log) {
  const boss = new PgBoss({ ...database.jobQueueOptions(), schema: 'pgboss' });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const name of JOB_NAMES)
    await boss.createQueue(name, { policy: 'standard', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 });
  const queue: JobQueue = {
    async enqueue(name, data = {}, opts = {}) {
      await boss.send(name, data, opts.singletonKey ? { singletonKey: opts.singletonKey } : {});
    },
  };
  return { boss, queue, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

export type OpenedJobQueue = Awaited<ReturnType<typeof openJobQueue>>;
