import type { Services } from '../services.js';
import type { Database } from '../db/client.js';
import type { OpenedJobQueue } from './job-queue.js';

/**
 * The workers and schedules of this process. Every handler finds its own work in the
 * database, so a job enqueued twice, or lost and then picked up by its schedule, does
 * no harm.
 */
export async function startJobWorkers({ boss }: OpenedJobQueue, services: Services, database: Pick<Database, 'maintain'>) {
  // mails are nudged after each commit; the schedule catches what a crash left behind
  await boss.schedule('mail-send', '* * * * *');
  await boss.work('mail-send', async () => {
    await services.mail.sendPending(100);
  });
  // warnings go out in office hours only; running every 10 minutes keeps them near the opening
  await boss.schedule('case-warnings', '*/10 * * * *');
  await boss.work('case-warnings', async () => {
    await services.caseNotices.raiseWarnings();
  });
  // an upload asks for its import after commit; the schedule (and the start of a process)
  // picks up imports nobody runs: lost jobs, and those of a worker killed mid-import
  await boss.schedule('case-import', '* * * * *');
  await boss.work<{ importId?: string } | null>('case-import', async ([job]) => {
    // a scheduled job carries no data: it looks for imports nobody runs
    const importId = job?.data?.importId;
    if (importId) await services.imports.process(importId);
    else await services.imports.recover();
  });
  await services.imports.recover();
  // certificates: record suspensions and expiries (reads compute them already) and send the
  // audit reminders; hourly, so the record follows the same day and reminders the first office hour
  await boss.schedule('certificate-cycle', '5 * * * *');
  await boss.work('certificate-cycle', async () => {
    await services.certificateCycle.recordStatusChanges();
    await services.certificateCycle.sendReminders();
  });
  // planner statistics on embedded PGlite (a server keeps its own)
  await boss.schedule('db-maintenance', '17 * * * *');
  await boss.work('db-maintenance', async () => {
    await database.maintain();
  });
}
