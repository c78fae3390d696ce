import type { DbOrTx } from '../db/client.js';
import { catalog } from '../db/schema.js';

export function createCatalogRepository(db: DbOrTx) {
  return {
    listAll() {
      return db.select().from(catalog);
    },
    async insert(row: { schemeId: string; version: string; contentHash: string; definition: unknown }) {
      await db.insert(catalog).values(row).onConflictDoNothing();
    },
  };
}
