import type { JobName, JobQueue } from '../../src/server/jobs/job-queue.js';

/** A job queue that only remembers what was asked of it; tests then call the handler's service. */
export type RecordingQueue = JobQueue & { jobs: { name: JobName; data: Record<string, string> }[] };

export function createRecordingQueue(): RecordingQueue {
  const jobs: RecordingQueue['jobs'] = [];
  return {
    jobs,
    async enqueue(name, data = {}) {
      jobs.push({ name, data });
    },
  };
}
