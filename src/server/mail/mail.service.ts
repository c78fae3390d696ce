import type { Actor } from '../auth/actor.js';
import { requireMunicipalityStaff } from '../auth/actor.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Mailer } from './mailer.js';
import { createMailOutboxRepository, type MailRow } from './mail-outbox.repository.js';

const MAX_ATTEMPTS = 5;
/** Longer than any SMTP conversation; a sender that dies leaves the mail to be retried after it. */
const LEASE_MS = 5 * 60_000;

type Deps = { db: Db; mailer: Mailer | null; jobs: JobQueue; now: () => Date };

export type MailInput = {
  organizationId: string | null;
  to: string;
  subject: string;
  body: string;
  related?: { type: string; id: string };
};

/**
 * Mails go through a transactional outbox: `enqueue` writes the mail inside the caller's
 * transaction, so it exists exactly when the change that caused it committed; `sendPending`
 * (a background job) hands it to SMTP afterwards. Without SMTP configured a mail is `held`
 * and staff read it on the outbox page.
 */
export function createMailService({ db, mailer, jobs, now }: Deps) {
  return {
    smtpConfigured: mailer !== null,

    async enqueue(tx: DbOrTx, mail: MailInput): Promise<MailRow> {
      return createMailOutboxRepository(tx).insert({
        organizationId: mail.organizationId,
        toAddress: mail.to,
        subject: mail.subject,
        body: mail.body,
        relatedType: mail.related?.type ?? null,
        relatedId: mail.related?.id ?? null,
        status: mailer ? 'pending' : 'held',
        // the service clock, not the database's: due at once, dated like the change that caused it
        nextAttemptAt: now(),
        createdAt: now(),
      });
    },

    /** After the transaction that enqueued mails committed: ask the mail job to send them now. */
    async nudge() {
      if (mailer) await jobs.enqueue('mail-send');
    },

    /**
     * Sends what is due, one mail at a time: claim (a short transaction), send over SMTP with
     * no transaction open, then record the outcome. Failures retry with a growing delay.
     */
    async sendPending(batch = 20): Promise<{ sent: number; failed: number }> {
      if (!mailer) return { sent: 0, failed: 0 };
      const repo = createMailOutboxRepository(db);
      let sent = 0;
      let failed = 0;
      while (sent + failed < batch) {
        const mail = await repo.claimNext(now(), LEASE_MS);
        if (!mail) break;
        try {
          const messageId = await mailer.send({ to: mail.toAddress, subject: mail.subject, text: mail.body });
          await repo.markSent(mail.id, messageId, now());
          sent++;
        } catch (err) {
          const retryAt = mail.attempts >= MAX_ATTEMPTS ? null : new Date(now().getTime() + 60_000 * 2 ** mail.attempts);
          await repo.markFailed(mail.id, (err as Error).message, retryAt);
          failed++;
        }
      }
      return { sent, failed };
    },

    /** GDPR erasure of a case or complaint reaches the mails about it too (inside the erasing transaction). */
    async redactRelated(tx: DbOrTx, related: { type: string; id: string }) {
      await createMailOutboxRepository(tx).redactRelated(related.type, related.id, '[gelöscht]');
    },

    /** The outbox page of an administration: every mail it caused, newest first. */
    async list(actor: Actor, limit = 200) {
      requireMunicipalityStaff(actor);
      return createMailOutboxRepository(db).list(actor.organizationId, limit);
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
