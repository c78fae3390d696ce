import { loadCatalogFiles } from './catalogs/catalog.loader.js';
import { type CatalogService, createCatalogService } from './catalogs/catalog.service.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { seedDemoData } from './demo/seed.js';

/** Database, migrations, catalogs and demo data: everything the app needs before it serves. */
export async function startServices(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'catalogDir' | 'seedDemo'>,
): Promise<{ database: Database; catalogs: CatalogService }> {
  const loaded = await loadCatalogFiles(config.catalogDir);
  const database = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
  );
  try {
    await database.migrate();
    const catalogs = await createCatalogService(database.db, loaded);
    if (config.seedDemo && (await seedDemoData(database.db, catalogs))) await database.maintain();
    return { database, catalogs };
  } catch (err) {
    await database.close();
    throw err;
  }
}
