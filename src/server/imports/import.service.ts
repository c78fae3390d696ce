import { createHash } from 'node:crypto';
import { type Actor, requireMunicipalityStaff } from '../auth/actor.js';
import type { CalendarService } from '../calendars/calendar.service.js';
import type { CaseService } from '../cases/case.service.js';
import type { Db } from '../db/client.js';
import { sanitizeFileName } from '../files/file-inspection.js';
import { createFileRepository } from '../files/file.repository.js';
import { NotFoundError, ValidationError } from '../http/errors.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { PromiseRow } from '../promises/promise.repository.js';
import type { PromiseService } from '../promises/promise.service.js';
import { csvHeader } from './csv-source.js';
import { mapHeader } from './import-columns.js';
import { detectImportFormat, type ImportFormat, MEDIA_TYPES } from './import-format.js';
import { createImportRun } from './import-run.js';
import { ImportFileError } from './import-source.js';
import { createImportRepository } from './import.repository.js';
import { xgewerbeSource } from './xgewerbe-source.js';
import { xlsxHeader } from './xlsx-source.js';

type Deps = {
  db: Db;
  cases: Pick<CaseService, 'prepare' | 'insertPrepared'>;
  promises: Pick<PromiseService, 'currentFor' | 'list'>;
  calendars: Pick<CalendarService, 'current'>;
  jobs: JobQueue;
  now: () => Date;
  /** Rows per transaction; each commits its cases together with the progress. */
  batchSize?: number;
  /** How long a worker's claim lasts without a committed batch before another may take the import over. */
  leaseMs?: number;
};

/**
 * Case imports: a file (CSV, XLSX or XGewerbeanzeige XML) is checked and stored at upload,
 * then a background job turns its rows into cases batch by batch (import-run.ts). Bad rows
 * are reported line by line and the good ones kept; external ids make a repeated upload
 * or a resumed run after a crash find the cases it already created.
 */
export function createImportService(deps: Deps) {
  const { db, promises, jobs, now } = deps;
  const run = createImportRun({ ...deps, batchSize: deps.batchSize ?? 500, leaseMs: deps.leaseMs ?? 30_000 });

  /** The default promise for rows that name none; an XGewerbeanzeige goes to the trade registration promise. */
  async function defaultPromise(actor: Actor, format: ImportFormat, promiseKey: string | undefined): Promise<PromiseRow | null> {
    if (promiseKey) {
      return promises.currentFor(db, actor.organizationId, { key: promiseKey }).catch((err: unknown) => {
        if (err instanceof NotFoundError)
          throw new ValidationError(`promiseKey: das Versprechen „${promiseKey}“ gibt es in dieser Verwaltung nicht`);
        throw err;
      });
    }
    if (format !== 'xgewerbe') return null;
    const trade = (await promises.list(actor)).filter((p) => p.area === 'trade_registration');
    if (trade.length === 1) return trade[0]!;
    if (trade.length === 0)
      throw new ValidationError(
        'Für Gewerbeanzeigen fehlt ein Versprechen im Bereich Gewerbe; bitte zuerst anlegen oder beim Hochladen ein Versprechen wählen',
      );
    throw new ValidationError(
      `Es gibt ${trade.length} Versprechen im Bereich Gewerbe (${trade.map((p) => p.key).join(', ')}); bitte beim Hochladen eines wählen`,
    );
  }

  /** The header must name the columns a case needs; refused at once rather than row by row. */
  async function checkHeader(format: ImportFormat, content: Buffer, text: string | null, promiseRequired: boolean) {
    let cells: string[];
    try {
      cells = format === 'xlsx' ? await xlsxHeader(content) : csvHeader(text!);
    } catch (err) {
      if (err instanceof ImportFileError) throw new ValidationError(err.message);
      throw err;
    }
    const { missing } = mapHeader(cells, { promiseRequired });
    if (missing.length) {
      const hint = missing.includes('Versprechen') ? ' („Versprechen“ entfällt, wenn beim Hochladen ein Versprechen gewählt wird)' : '';
      throw new ValidationError(
        `Der Datei fehlen die Spalten ${missing.map((m) => `„${m}“`).join(', ')}${hint}; gefunden: ${cells.filter(Boolean).join(', ') || 'keine'}`,
        { missing },
      );
    }
  }

  return {
    process: run.process,

    /** Checks and stores the file; a job imports it after commit. */
    async upload(
      actor: Actor,
      file: { fileName: string; content: Buffer },
      opts: { promiseKey?: string | undefined },
    ): Promise<{ id: string }> {
      requireMunicipalityStaff(actor);
      const fileName = sanitizeFileName(file.fileName);
      const { format, text } = await detectImportFormat(file.content, fileName);
      const promise = await defaultPromise(actor, format, opts.promiseKey);
      if (format === 'xgewerbe') {
        const admin = await createImportRepository(db).administration(actor.organizationId);
        if (!admin?.ags)
          throw new ValidationError(
            `Für ${actor.organizationName} ist kein Amtlicher Gemeindeschlüssel (AGS) hinterlegt; Gewerbeanzeigen lassen sich so nicht zuordnen`,
          );
        if (xgewerbeSource(text!).count === 0)
          throw new ValidationError(`Die XGewerbeanzeige-Nachricht „${fileName}“ enthält keine Gewerbeanzeige`);
      } else {
        await checkHeader(format, file.content, text, promise === null);
      }
      const sha256 = createHash('sha256').update(file.content).digest('hex');
      const row = await db.transaction(async (tx) => {
        await createFileRepository(tx).put({ sha256, content: file.content, size: file.content.length, mediaType: MEDIA_TYPES[format] });
        return createImportRepository(tx).insert({
          organizationId: actor.organizationId,
          format,
          fileName,
          sha256,
          promiseId: promise?.id ?? null,
          createdBy: actor.userId,
        });
      });
      await jobs.enqueue('case-import', { importId: row.id }, { singletonKey: row.id });
      return { id: row.id };
    },

    async list(actor: Actor, limit: number) {
      requireMunicipalityStaff(actor);
      return createImportRepository(db).list(actor.organizationId, limit);
    },

    async detail(actor: Actor, id: string) {
      requireMunicipalityStaff(actor);
      const row = await createImportRepository(db).find(actor.organizationId, id);
      if (!row) throw new NotFoundError(`Import ${id} not found`);
      return { ...row, moreErrors: row.errorCount - row.errors.length };
    },

    /** Start-up and schedule: asks for a job for every import no worker is running (queued, or its worker died). */
    async recover(): Promise<number> {
      const ids = await createImportRepository(db).unfinished(now());
      for (const importId of ids) await jobs.enqueue('case-import', { importId });
      return ids.length;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
