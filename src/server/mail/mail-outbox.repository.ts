import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { mailOutbox } from '../db/schema.js';

export type MailRow = typeof mailOutbox.$inferSelect;
export type NewMail = Pick<
  typeof mailOutbox.$inferInsert,
  'organizationId' | 'toAddress' | 'subject' | 'body' | 'relatedType' | 'relatedId' | 'status' | 'nextAttemptAt' | 'createdAt'
>;

export function createMailOutboxRepository(db: DbOrTx) {
  return {
    async insert(mail: NewMail): Promise<MailRow> {
      const [row] = await db.insert(mailOutbox).values(mail).returning();
      return row!;
    },

    /**
     * Claims the oldest due pending mail by leasing it for `leaseMs`: a second sender skips it
     * (SKIP LOCKED while claiming, the lease afterwards), and a sender that dies mid-send
     * leaves it to be retried when the lease runs out.
     */
    async claimNext(at: Date, leaseMs: number): Promise<MailRow | undefined> {
      const due = db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, at)))
        .orderBy(mailOutbox.nextAttemptAt)
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await db
        .update(mailOutbox)
        .set({ nextAttemptAt: new Date(at.getTime() + leaseMs), attempts: sql`${mailOutbox.attempts} + 1` })
        .where(inArray(mailOutbox.id, due))
        .returning();
      return row;
    },

    async markSent(id: string, messageId: string, at: Date) {
      await db.update(mailOutbox).set({ status: 'sent', messageId, sentAt: at, lastError: null }).where(eq(mailOutbox.id, id));
    },

    /** A failed attempt: pending again at `retryAt` until the last attempt, then failed for good. */
    async markFailed(id: string, error: string, retryAt: Date | null) {
      await db
        .update(mailOutbox)
        .set({ status: retryAt ? 'pending' : 'failed', lastError: error.slice(0, 2000), ...(retryAt && { nextAttemptAt: retryAt }) })
        .where(eq(mailOutbox.id, id));
    },

    /** GDPR: the recipient and text of every mail about an entity are blanked; that a mail went out stays. */
    async redactRelated(relatedType: string, relatedId: string, marker: string) {
      await db
        .update(mailOutbox)
        // a mail not yet sent is not sent any more: its address is gone
        .set({
          toAddress: marker,
          subject: marker,
          body: marker,
          status: sql`case when ${mailOutbox.status} in ('pending', 'held') then 'failed' else ${mailOutbox.status} end`,
          lastError: sql`case when ${mailOutbox.status} in ('pending', 'held') then 'personal data erased before sending' else ${mailOutbox.lastError} end`,
        })
        .where(and(eq(mailOutbox.relatedType, relatedType), eq(mailOutbox.relatedId, relatedId)));
    },

    list(organizationId: string, limit: number) {
      return db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.organizationId, organizationId))
        .orderBy(desc(mailOutbox.createdAt))
        .limit(limit);
    },

    find(organizationId: string, id: string) {
      return db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.organizationId, organizationId), eq(mailOutbox.id, id)))
        .then((rows) => rows[0]);
    },
  };
}
