import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { organization, workingCalendar } from '../db/schema.js';

export type CalendarRow = typeof workingCalendar.$inferSelect;

export function createCalendarRepository(db: DbOrTx) {
  return {
    async current(organizationId: string): Promise<CalendarRow | undefined> {
      const [row] = await db
        .select()
        .from(workingCalendar)
        .where(eq(workingCalendar.organizationId, organizationId))
        .orderBy(desc(workingCalendar.version))
        .limit(1);
      return row;
    },

    async byId(organizationId: string, id: string): Promise<CalendarRow | undefined> {
      const [row] = await db
        .select()
        .from(workingCalendar)
        .where(and(eq(workingCalendar.organizationId, organizationId), eq(workingCalendar.id, id)));
      return row;
    },

    versions(organizationId: string) {
      return db
        .select()
        .from(workingCalendar)
        .where(eq(workingCalendar.organizationId, organizationId))
        .orderBy(desc(workingCalendar.version));
    },

    /** Inserts the next version; a concurrent insert of the same number fails on the unique index. */
    async insert(row: Omit<typeof workingCalendar.$inferInsert, 'id' | 'createdAt'>): Promise<CalendarRow> {
      const [created] = await db.insert(workingCalendar).values(row).returning();
      return created!;
    },

    /** Version 1 unless another request made it a moment ago; never aborts the caller's transaction. */
    async insertFirst(row: Omit<typeof workingCalendar.$inferInsert, 'id' | 'createdAt' | 'version'>): Promise<void> {
      await db
        .insert(workingCalendar)
        .values({ ...row, version: 1 })
        .onConflictDoNothing({ target: [workingCalendar.organizationId, workingCalendar.version] });
    },

    async stateCodeOf(organizationId: string): Promise<string | null | undefined> {
      const [row] = await db.select({ stateCode: organization.stateCode }).from(organization).where(eq(organization.id, organizationId));
      return row?.stateCode;
    },
  };
}
