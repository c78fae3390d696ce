import type { Catalog } from '../../domain/catalog/catalog.schema.js';
import type { Db } from '../db/client.js';
import { NotFoundError } from '../http/errors.js';
import { assertVersionUnchanged, type LoadedCatalog } from './catalog.loader.js';
import { createCatalogRepository } from './catalog.repository.js';

export type StoredCatalog = { id: string; schemeId: string; version: string; catalog: Catalog };

/**
 * Catalog versions are immutable: the files are stored once per (scheme, version)
 * and an assessment points at the stored row, so a later version never changes
 * an earlier result. Versions no longer on disk stay available from the database.
 */
export async function createCatalogService(db: Db, loaded: LoadedCatalog[]) {
  const repo = createCatalogRepository(db);
  const stored = await repo.listAll();
  assertVersionUnchanged(
    stored.map((s) => ({ schemeId: s.schemeId, version: s.version, contentHash: s.contentHash })),
    loaded,
  );
  for (const l of loaded) {
    await repo.insert({ schemeId: l.catalog.id, version: l.catalog.version, contentHash: l.contentHash, definition: l.catalog });
  }
  const rows = await repo.listAll();
  const byId = new Map<string, StoredCatalog>(
    rows.map((r) => [r.id, { id: r.id, schemeId: r.schemeId, version: r.version, catalog: r.definition as Catalog }]),
  );

  return {
    list(): StoredCatalog[] {
      return [...byId.values()].sort((a, b) => a.schemeId.localeCompare(b.schemeId) || compareVersions(a.version, b.version));
    },

    get(catalogId: string): StoredCatalog {
      const found = byId.get(catalogId);
      if (!found) throw new NotFoundError(`Catalog ${catalogId} not found`);
      return found;
    },

    find(schemeId: string, version: string): StoredCatalog {
      const found = [...byId.values()].find((c) => c.schemeId === schemeId && c.version === version);
      if (!found) throw new NotFoundError(`Catalog ${schemeId} version ${version} not found`);
      return found;
    },

    /** The newest version of a scheme: new applications start on it. */
    latest(schemeId: string): StoredCatalog {
      const versions = this.list().filter((c) => c.schemeId === schemeId);
      const newest = versions.at(-1);
      if (!newest) throw new NotFoundError(`Scheme ${schemeId} not found`);
      return newest;
    },
  };
}

export type CatalogService = Awaited<ReturnType<typeof createCatalogService>>;

/** Orders "2026.1" before "2026.10" and "1.2.0" before "1.10.0". */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
