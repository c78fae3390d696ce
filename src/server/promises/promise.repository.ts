import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { servicePromise } from '../db/schema.js';

export type PromiseRow = typeof servicePromise.$inferSelect;
export type NewPromise = Omit<typeof servicePromise.$inferInsert, 'id' | 'createdAt' | 'retiredAt'>;

export function createPromiseRepository(db: DbOrTx) {
  return {
    /** The current version of every promise of an administration, in published order. */
    listCurrent(organizationId: string) {
      return db
        .select()
        .from(servicePromise)
        .where(and(eq(servicePromise.organizationId, organizationId), isNull(servicePromise.retiredAt)))
        .orderBy(asc(servicePromise.number), asc(servicePromise.title));
    },

    versions(organizationId: string, key: string) {
      return db
        .select()
        .from(servicePromise)
        .where(and(eq(servicePromise.organizationId, organizationId), eq(servicePromise.key, key)))
        .orderBy(desc(servicePromise.version));
    },

    async find(organizationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<PromiseRow | undefined> {
      const q = db
        .select()
        .from(servicePromise)
        .where(and(eq(servicePromise.organizationId, organizationId), eq(servicePromise.id, id)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async currentByKey(organizationId: string, key: string): Promise<PromiseRow | undefined> {
      const [row] = await db
        .select()
        .from(servicePromise)
        .where(and(eq(servicePromise.organizationId, organizationId), eq(servicePromise.key, key), isNull(servicePromise.retiredAt)));
      return row;
    },

    async currentByRole(organizationId: string, role: NonNullable<PromiseRow['role']>): Promise<PromiseRow | undefined> {
      const [row] = await db
        .select()
        .from(servicePromise)
        .where(and(eq(servicePromise.organizationId, organizationId), eq(servicePromise.role, role), isNull(servicePromise.retiredAt)));
      return row;
    },

    async insert(row: NewPromise): Promise<PromiseRow> {
      const [created] = await db.insert(servicePromise).values(row).returning();
      return created!;
    },

    async retire(id: string, at: Date) {
      await db.update(servicePromise).set({ retiredAt: at }).where(eq(servicePromise.id, id));
    },
  };
}
