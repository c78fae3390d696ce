import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { evidenceFile } from '../db/schema.js';

export function createEvidenceRepository(db: DbOrTx) {
  return {
    async insert(values: typeof evidenceFile.$inferInsert) {
      const [row] = await db.insert(evidenceFile).values(values).onConflictDoNothing().returning();
      return row;
    },
    async find(assessmentId: string, fileId: string) {
      const [row] = await db
        .select()
        .from(evidenceFile)
        .where(and(eq(evidenceFile.assessmentId, assessmentId), eq(evidenceFile.id, fileId)));
      return row;
    },
    async findBySha(assessmentId: string, criterionId: string, sha256: string) {
      const [row] = await db
        .select()
        .from(evidenceFile)
        .where(
          and(eq(evidenceFile.assessmentId, assessmentId), eq(evidenceFile.criterionId, criterionId), eq(evidenceFile.sha256, sha256)),
        );
      return row;
    },
    async delete(assessmentId: string, fileId: string) {
      await db.delete(evidenceFile).where(and(eq(evidenceFile.assessmentId, assessmentId), eq(evidenceFile.id, fileId)));
    },
  };
}
