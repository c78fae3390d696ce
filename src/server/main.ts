import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openJobQueue } from './jobs/job-queue.js';
import { startJobWorkers } from './jobs/jobs.js';
import { createSmtpMailer } from './mail/mailer.js';
import { createServices } from './services.js';
import { startServices } from './startup.js';

// `npm start`: migrate, load catalogs, seed demo data on first start, serve, run the background jobs.
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const { database, catalogs } = await startServices(config);
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  const now = () => new Date();
  // the queue is always open (requests enqueue jobs); JOBS=false leaves the work to another process
  const jobQueue = await openJobQueue(database, jsonLog);
  const services = createServices({ database, catalogs, now, config, mailer, jobs: jobQueue.queue });
  const app = await buildApp({ config, database, catalogs, services });
  if (config.jobs) await startJobWorkers(jobQueue, services, database);
  const shutdown = async () => {
    await app.close();
    await jobQueue.stop();
    mailer?.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { database: database.kind, smtp: Boolean(mailer), jobs: config.jobs, ms: Math.round(performance.now() - started) },
    `Siegelwerk ready on ${address}`,
  );
}

const jsonLog = {
  error: (obj: object, msg: string) => console.error(JSON.stringify({ level: 'error', msg, ...obj })),
  warn: (obj: object, msg: string) => console.warn(JSON.stringify({ level: 'warn', msg, ...obj })),
};

main().catch((err: Error) => {
  // Start-up errors (configuration, a broken catalog, a changed catalog version) end here with their message.
  console.error(`Siegelwerk could not start: ${err.message}`);
  process.exit(1);
});
