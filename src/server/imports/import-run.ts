import { randomUUID } from 'node:crypto';
import { CaseTransitionError } from '../../domain/cases/case-timeline.js';
import type { CalendarService } from '../calendars/calendar.service.js';
import type { CaseService, PreparedCase } from '../cases/case.service.js';
import type { Db } from '../db/client.js';
import { createFileRepository } from '../files/file.repository.js';
import { NotFoundError } from '../http/errors.js';
import { createPilotRepository } from '../pilots/pilot.repository.js';
import type { PromiseRow } from '../promises/promise.repository.js';
import type { PromiseService } from '../promises/promise.service.js';
import { csvSource, decodeText } from './csv-source.js';
import { type CheckedRow, checkRow } from './import-row.js';
import { ImportFileError, type ImportSource, type SourceItem } from './import-source.js';
import { createImportRepository, type ImportError, type ImportRow } from './import.repository.js';
import { xgewerbeSource } from './xgewerbe-source.js';
import { xlsxSource } from './xlsx-source.js';

/** The import shows this many row errors; the rest are counted. */
export const STORED_ERRORS = 1000;

type Deps = {
  db: Db;
  cases: Pick<CaseService, 'prepare' | 'insertPrepared'>;
  promises: Pick<PromiseService, 'currentFor'>;
  calendars: Pick<CalendarService, 'current'>;
  now: () => Date;
  batchSize: number;
  leaseMs: number;
};

/** Another worker took the import over (this one stalled past its lease): stop without writing. */
class LeaseLost extends Error {}

function openSource(row: ImportRow, content: Buffer): ImportSource & { count?: number } {
  if (row.format === 'xlsx') return xlsxSource(content);
  if (row.format === 'xgewerbe') return xgewerbeSource(decodeText(content));
  return csvSource(decodeText(content));
}

async function count(source: ImportSource & { count?: number }): Promise<number> {
  if (source.count !== undefined) return source.count;
  let n = 0;
  try {
    for await (const _ of source.items()) n++;
  } catch (err) {
    // the rows before an unreadable part are imported all the same; the run reports the break
    if (!(err instanceof ImportFileError)) throw err;
  }
  return n;
}

/**
 * Runs one import under a lease: counts the rows, then checks, prepares and inserts them
 * batch by batch. Each batch's cases and its progress commit in one transaction, so after
 * a crash the next worker resumes after processed_rows, and the external ids (ON CONFLICT
 * DO NOTHING) make even a batch run twice create its cases once.
 */
export function createImportRun({ db, cases, promises, calendars, now, batchSize, leaseMs }: Deps) {
  const leaseEnd = () => new Date(now().getTime() + leaseMs);

  /** What the rows of one import are checked against: its administration, calendar, promises and pilots. */
  async function contextOf(row: ImportRow) {
    const org = row.organizationId;
    const [admin, calendar, pilots] = await Promise.all([
      createImportRepository(db).administration(org),
      calendars.current(db, org),
      createPilotRepository(db).list(org),
    ]);
    const pilotByEmail = new Map(pilots.map((p) => [p.email.toLowerCase(), p.id]));
    const currentOrNull = (ref: { key: string } | { id: string }): Promise<PromiseRow | null> =>
      promises.currentFor(db, org, ref).catch((err: unknown) => {
        if (err instanceof NotFoundError) return null;
        throw err;
      });
    const byKey = new Map<string, Promise<PromiseRow | null>>();
    const promiseByKey = (key: string) => {
      if (!byKey.has(key)) byKey.set(key, currentOrNull({ key }));
      return byKey.get(key)!;
    };
    // the default promise chosen at upload, in its current version (null: withdrawn since)
    const fallback = row.promiseId ? await currentOrNull({ id: row.promiseId }) : null;
    return { admin: admin ?? { name: '', ags: null }, calendar, pilotByEmail, promiseByKey, fallback };
  }
  type Context = Awaited<ReturnType<typeof contextOf>>;

  /** A checked row becomes a prepared case, or the reasons it cannot. */
  async function prepareRow(row: ImportRow, ctx: Context, c: CheckedRow): Promise<PreparedCase | string> {
    const problems: string[] = [];
    const promise = c.promiseKey ? await ctx.promiseByKey(c.promiseKey) : ctx.fallback;
    if (!promise) {
      const missing = row.promiseId
        ? 'Versprechen fehlt, und das beim Hochladen gewählte ist inzwischen zurückgezogen'
        : 'Versprechen fehlt (und beim Hochladen wurde keines gewählt)';
      problems.push(c.promiseKey ? `Versprechen „${c.promiseKey}“ gibt es nicht` : missing);
    }
    const pilotId = c.pilotEmail ? ctx.pilotByEmail.get(c.pilotEmail) : null;
    if (pilotId === undefined) problems.push(`Lotse „${c.pilotEmail}“ ist kein Lotse dieser Verwaltung`);
    if (row.format === 'xgewerbe') {
      if (!c.ags) problems.push('AGS der Gemeinde fehlt');
      else if (c.ags !== ctx.admin.ags) problems.push(`AGS ${c.ags} gehört nicht zu ${ctx.admin.name} (${ctx.admin.ags})`);
    }
    if (problems.length) return problems.join('; ');
    try {
      return cases.prepare(row.organizationId, promise!, ctx.calendar, {
        source: row.format,
        externalId: c.externalId,
        reference: c.reference,
        subject: c.subject,
        businessName: c.businessName,
        contactName: c.contactName,
        contactEmail: c.contactEmail,
        contactPhone: c.contactPhone,
        details: c.details,
        pilotId: pilotId ?? null,
        receivedAt: c.receivedAt,
        history: c.fulfilledOn ? [{ kind: 'fulfilled', onDate: c.fulfilledOn }] : [],
      });
    } catch (err) {
      if (err instanceof RangeError) return `Datum außerhalb des Kalenders der Verwaltung (${err.message})`;
      if (err instanceof CaseTransitionError) return err.message;
      throw err;
    }
  }

  async function runBatch(
    row: ImportRow,
    owner: string,
    ctx: Context,
    label: string,
    items: SourceItem[],
    progress: { processed: number; errors: number },
  ) {
    const errors: ImportError[] = [];
    const prepared: PreparedCase[] = [];
    for (const item of items) {
      let result: PreparedCase | string;
      if ('problem' in item) result = item.problem;
      else {
        const checked = checkRow(item.fields, now());
        result = 'problems' in checked ? checked.problems.join('; ') : await prepareRow(row, ctx, checked.row);
      }
      if (typeof result === 'string') errors.push({ line: item.position, message: `${label} ${item.position}: ${result}` });
      else prepared.push(result);
    }
    const storedErrors = errors.slice(0, Math.max(0, STORED_ERRORS - progress.errors));
    await db.transaction(async (tx) => {
      const created = await cases.insertPrepared(tx, row.organizationId, prepared, row.createdBy);
      const progressed = await createImportRepository(tx).addBatch(
        row.id,
        owner,
        progress.processed,
        { rows: items.length, created: created.size, duplicates: prepared.length - created.size, errors: errors.length, storedErrors },
        leaseEnd(),
      );
      if (!progressed) throw new LeaseLost();
    });
    progress.processed += items.length;
    progress.errors += errors.length;
    // On PGlite every query resolves without I/O, so a loop of batches would never let the
    // event loop serve a request: give it a turn after each batch.
    await new Promise((resolve) => setImmediate(resolve));
  }

  async function runClaimed(row: ImportRow, owner: string) {
    const repo = createImportRepository(db);
    const content = await createFileRepository(db).get(row.sha256);
    if (!content) throw new ImportFileError('Die hochgeladene Datei ist nicht mehr vorhanden');
    const source = openSource(row, content);
    if (row.totalRows === null && !(await repo.setTotal(row.id, owner, await count(source), leaseEnd()))) throw new LeaseLost();
    const ctx = await contextOf(row);
    const progress = { processed: row.processedRows, errors: row.errorCount };
    let seen = 0;
    let batch: SourceItem[] = [];
    try {
      for await (const item of source.items()) {
        // rows committed by an earlier run (before a crash) are passed over, not checked again
        if (seen++ < row.processedRows) continue;
        batch.push(item);
        if (batch.length >= batchSize) {
          await runBatch(row, owner, ctx, source.label, batch, progress);
          batch = [];
        }
      }
    } catch (err) {
      // the good rows read before a break in the file are kept
      if (err instanceof ImportFileError && batch.length) await runBatch(row, owner, ctx, source.label, batch, progress);
      throw err;
    }
    if (batch.length) await runBatch(row, owner, ctx, source.label, batch, progress);
  }

  return {
    /** The job handler: runs the import if no other worker holds it. Returns how it ended for this worker. */
    async process(importId: string): Promise<'done' | 'failed' | 'skipped'> {
      const repo = createImportRepository(db);
      const owner = randomUUID();
      const row = await repo.claim(importId, owner, now(), leaseEnd());
      if (!row) return 'skipped';
      try {
        await runClaimed(row, owner);
        return (await repo.finish(importId, owner, { status: 'done', at: now() })) ? 'done' : 'skipped';
      } catch (err) {
        if (err instanceof LeaseLost) return 'skipped';
        if (err instanceof ImportFileError) {
          return (await repo.finish(importId, owner, { status: 'failed', failureMessage: err.message, at: now() })) ? 'failed' : 'skipped';
        }
        // the database went away or a bug: give the import back so the job's retry resumes it
        await repo.release(importId, owner, now()).catch(() => undefined);
        throw err;
      }
    },
  };
}
