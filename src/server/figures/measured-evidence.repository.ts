import type { DbOrTx } from '../db/client.js';
import { measuredEvidence } from '../db/schema.js';

export type MeasuredEvidenceRow = typeof measuredEvidence.$inferSelect;

export function createMeasuredEvidenceRepository(db: DbOrTx) {
  return {
    /** Snapshots are never updated: a new measurement is a new row with its own date. */
    async insert(rows: (typeof measuredEvidence.$inferInsert)[]): Promise<MeasuredEvidenceRow[]> {
      if (rows.length === 0) return [];
      return db.insert(measuredEvidence).values(rows).returning();
    },
  };
}
