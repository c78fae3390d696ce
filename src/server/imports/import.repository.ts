import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, caseImport, organization, servicePromise } from '../db/schema.js';

export type ImportRow = typeof caseImport.$inferSelect;
export type NewImport = Omit<typeof caseImport.$inferInsert, 'id' | 'createdAt'>;
export type ImportError = { line: number; message: string };

/** What one committed batch adds to an import's progress. */
export type BatchProgress = { rows: number; created: number; duplicates: number; errors: number; storedErrors: ImportError[] };

const listColumns = {
  id: caseImport.id,
  format: caseImport.format,
  fileName: caseImport.fileName,
  status: caseImport.status,
  promiseKey: servicePromise.key,
  promiseTitle: servicePromise.title,
  totalRows: caseImport.totalRows,
  processedRows: caseImport.processedRows,
  createdCount: caseImport.createdCount,
  duplicateCount: caseImport.duplicateCount,
  errorCount: caseImport.errorCount,
  failureMessage: caseImport.failureMessage,
  createdByName: appUser.displayName,
  createdAt: caseImport.createdAt,
  startedAt: caseImport.startedAt,
  finishedAt: caseImport.finishedAt,
};

export function createImportRepository(db: DbOrTx) {
  /** Only the worker holding the lease may write; 0 rows updated means it lost it. */
  const held = (id: string, owner: string) =>
    and(eq(caseImport.id, id), eq(caseImport.leaseOwner, owner), eq(caseImport.status, 'running'));

  return {
    async insert(values: NewImport): Promise<ImportRow> {
      const [row] = await db.insert(caseImport).values(values).returning();
      return row!;
    },

    list(organizationId: string, limit: number) {
      return db
        .select(listColumns)
        .from(caseImport)
        .innerJoin(appUser, eq(appUser.id, caseImport.createdBy))
        .leftJoin(servicePromise, eq(servicePromise.id, caseImport.promiseId))
        .where(eq(caseImport.organizationId, organizationId))
        .orderBy(desc(caseImport.createdAt), desc(caseImport.id))
        .limit(limit);
    },

    async find(organizationId: string, id: string) {
      const [row] = await db
        .select({ ...listColumns, errors: caseImport.errors })
        .from(caseImport)
        .innerJoin(appUser, eq(appUser.id, caseImport.createdBy))
        .leftJoin(servicePromise, eq(servicePromise.id, caseImport.promiseId))
        .where(and(eq(caseImport.organizationId, organizationId), eq(caseImport.id, id)));
      return row;
    },

    /** Takes an import that waits or whose worker's lease ran out; undefined when another worker has it or it is finished. */
    async claim(id: string, owner: string, now: Date, leaseUntil: Date): Promise<ImportRow | undefined> {
      const [row] = await db
        .update(caseImport)
        .set({ status: 'running', leaseOwner: owner, leaseUntil, startedAt: sql`coalesce(${caseImport.startedAt}, ${now})` })
        .where(
          and(
            eq(caseImport.id, id),
            or(eq(caseImport.status, 'queued'), and(eq(caseImport.status, 'running'), lt(caseImport.leaseUntil, now))),
          ),
        )
        .returning();
      return row;
    },

    async setTotal(id: string, owner: string, totalRows: number, leaseUntil: Date): Promise<boolean> {
      const rows = await db.update(caseImport).set({ totalRows, leaseUntil }).where(held(id, owner)).returning({ id: caseImport.id });
      return rows.length === 1;
    },

    /**
     * Adds a batch to the progress and renews the lease, in the transaction that inserted its
     * cases. `processedBefore` guards against a second worker having moved on meanwhile.
     */
    async addBatch(id: string, owner: string, processedBefore: number, p: BatchProgress, leaseUntil: Date): Promise<boolean> {
      const rows = await db
        .update(caseImport)
        .set({
          processedRows: sql`${caseImport.processedRows} + ${p.rows}`,
          createdCount: sql`${caseImport.createdCount} + ${p.created}`,
          duplicateCount: sql`${caseImport.duplicateCount} + ${p.duplicates}`,
          errorCount: sql`${caseImport.errorCount} + ${p.errors}`,
          ...(p.storedErrors.length > 0 && { errors: sql`${caseImport.errors} || ${JSON.stringify(p.storedErrors)}::jsonb` }),
          leaseUntil,
        })
        .where(and(held(id, owner), eq(caseImport.processedRows, processedBefore)))
        .returning({ id: caseImport.id });
      return rows.length === 1;
    },

    async finish(id: string, owner: string, values: { status: 'done' | 'failed'; failureMessage?: string; at: Date }): Promise<boolean> {
      const rows = await db
        .update(caseImport)
        .set({
          status: values.status,
          failureMessage: values.failureMessage ?? null,
          finishedAt: values.at,
          leaseOwner: null,
          leaseUntil: null,
        })
        .where(held(id, owner))
        .returning({ id: caseImport.id });
      return rows.length === 1;
    },

    /** Gives the import back at once (an unexpected error): the job's retry may take it again. */
    async release(id: string, owner: string, now: Date) {
      await db.update(caseImport).set({ leaseUntil: now }).where(held(id, owner));
    },

    /** Imports no worker is running: waiting ones, and running ones whose worker stopped renewing its lease. */
    async unfinished(now: Date, limit = 100): Promise<string[]> {
      const rows = await db
        .select({ id: caseImport.id })
        .from(caseImport)
        .where(or(eq(caseImport.status, 'queued'), and(eq(caseImport.status, 'running'), lt(caseImport.leaseUntil, now))))
        .orderBy(caseImport.createdAt)
        .limit(limit);
      return rows.map((r) => r.id);
    },

    /** The name and municipality key an XGewerbeanzeige notice must match. */
    async administration(organizationId: string) {
      const [row] = await db
        .select({ name: organization.name, ags: organization.ags })
        .from(organization)
        .where(eq(organization.id, organizationId));
      return row;
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
