import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { organization, qualityRepresentative } from '../db/schema.js';

export type QualityRepRow = typeof qualityRepresentative.$inferSelect;

export function createQualityRepRepository(db: DbOrTx) {
  return {
    /** Departments alphabetically; within one, the central quality manager first, then by name. */
    list(municipalityId: string) {
      return db
        .select()
        .from(qualityRepresentative)
        .where(eq(qualityRepresentative.municipalityId, municipalityId))
        .orderBy(asc(qualityRepresentative.department), desc(qualityRepresentative.centralManager), asc(qualityRepresentative.name));
    },

    async find(municipalityId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<QualityRepRow | undefined> {
      const q = db
        .select()
        .from(qualityRepresentative)
        .where(and(eq(qualityRepresentative.id, id), eq(qualityRepresentative.municipalityId, municipalityId)))
        .limit(1);
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    /** The active central quality manager other than `exceptId`, if there is one. */
    async activeCentral(municipalityId: string, exceptId?: string): Promise<QualityRepRow | undefined> {
      const [row] = await db
        .select()
        .from(qualityRepresentative)
        .where(
          and(
            eq(qualityRepresentative.municipalityId, municipalityId),
            eq(qualityRepresentative.centralManager, true),
            eq(qualityRepresentative.active, true),
            exceptId ? ne(qualityRepresentative.id, exceptId) : undefined,
          ),
        )
        .limit(1);
      return row;
    },

    /** Everyone an audit plan goes to: the active representatives, the central quality manager among them. */
    active(municipalityId: string) {
      return db
        .select()
        .from(qualityRepresentative)
        .where(and(eq(qualityRepresentative.municipalityId, municipalityId), eq(qualityRepresentative.active, true)))
        .orderBy(desc(qualityRepresentative.centralManager), asc(qualityRepresentative.department), asc(qualityRepresentative.name));
    },

    async municipalityName(municipalityId: string): Promise<string> {
      const [row] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, municipalityId));
      return row?.name ?? '';
    },

    async insert(values: typeof qualityRepresentative.$inferInsert): Promise<QualityRepRow> {
      const [row] = await db.insert(qualityRepresentative).values(values).returning();
      return row!;
    },

    async update(id: string, values: Partial<typeof qualityRepresentative.$inferInsert>): Promise<QualityRepRow> {
      const [row] = await db.update(qualityRepresentative).set(values).where(eq(qualityRepresentative.id, id)).returning();
      return row!;
    },
  };
}
