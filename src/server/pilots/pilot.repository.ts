import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, pilot } from '../db/schema.js';

export type PilotRow = typeof pilot.$inferSelect;
export type PilotFields = Omit<typeof pilot.$inferInsert, 'id' | 'createdAt' | 'organizationId'>;

export function createPilotRepository(db: DbOrTx) {
  return {
    list(organizationId: string) {
      return db.select().from(pilot).where(eq(pilot.organizationId, organizationId)).orderBy(asc(pilot.name));
    },

    async find(organizationId: string, id: string): Promise<PilotRow | undefined> {
      const [row] = await db
        .select()
        .from(pilot)
        .where(and(eq(pilot.organizationId, organizationId), eq(pilot.id, id)));
      return row;
    },

    async findByUser(userId: string): Promise<PilotRow | undefined> {
      const [row] = await db.select().from(pilot).where(eq(pilot.userId, userId));
      return row;
    },

    async insert(organizationId: string, fields: PilotFields): Promise<PilotRow> {
      const [row] = await db
        .insert(pilot)
        .values({ ...fields, organizationId })
        .returning();
      return row!;
    },

    async update(organizationId: string, id: string, fields: PilotFields): Promise<PilotRow | undefined> {
      const [row] = await db
        .update(pilot)
        .set(fields)
        .where(and(eq(pilot.organizationId, organizationId), eq(pilot.id, id)))
        .returning();
      return row;
    },

    async userInOrganization(organizationId: string, userId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: appUser.id })
        .from(appUser)
        .where(and(eq(appUser.organizationId, organizationId), eq(appUser.id, userId)));
      return Boolean(row);
    },
  };
}
