import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogFiles } from '../src/server/catalogs/catalog.loader.js';
import { createCatalogService } from '../src/server/catalogs/catalog.service.js';
import type { Database } from '../src/server/db/client.js';
import { startServices } from '../src/server/startup.js';
import { IHK_SCHEME } from '../src/server/demo/demo-data.js';
import { catalogDir, freshDatabase } from './support/test-app.js';

// Catalog versions are immutable once stored: a file changed under an unchanged
// version number stops start-up; a new version lives beside the old one, and an
// assessment keeps the version it started on.

let database: Database;
let dir: string;
const ihkFile = 'ihk-mittelstandsfreundiche-kommune.yaml';

beforeAll(async () => {
  database = await freshDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'sw-catalogs-'));
  await cp(path.join(catalogDir, 'ihk-mittelstandsfreundliche-kommune.v2026.1.yaml'), path.join(dir, ihkFile));
});

afterAll(async () => {
  await database?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('catalog versions', () => {
  it('stores a catalog version once', async () => {
    const first = await createCatalogService(database.db, await loadCatalogFiles(dir));
    const again = await createCatalogService(database.db, await loadCatalogFiles(dir));
    expect(again.latest(IHK_SCHEME).id).toBe(first.latest(IHK_SCHEME).id);
  });

  it('refuses a changed catalog whose version number stayed the same', async () => {
    const text = await readFile(path.join(dir, ihkFile), 'utf8');
    await writeFile(path.join(dir, ihkFile), text.replace(/passMark: 72/, 'passMark: 70'));
    await expect(createCatalogService(database.db, await loadCatalogFiles(dir))).rejects.toThrow(/changed without a new version/);
    await writeFile(path.join(dir, ihkFile), text);
  });

  it('keeps a new version beside the old one; the old stays reachable', async () => {
    const text = await readFile(path.join(dir, ihkFile), 'utf8');
    await writeFile(
      path.join(dir, 'ihk-next.yaml'),
      text.replace(/^version: .*$/m, 'version: "2027.1"').replace(/passMark: 72/, 'passMark: 70'),
    );
    const service = await createCatalogService(database.db, await loadCatalogFiles(dir));
    expect(service.latest(IHK_SCHEME).version).toBe('2027.1');
    expect(service.find(IHK_SCHEME, '2026.1').catalog.rules.decision).toEqual({ type: 'absolute', passMark: 72 });
    // a version no longer on disk is still served from the database
    await rm(path.join(dir, 'ihk-next.yaml'));
    const later = await createCatalogService(database.db, await loadCatalogFiles(dir));
    expect(later.find(IHK_SCHEME, '2027.1').version).toBe('2027.1');
  });
});

describe('start-up', () => {
  it('stops with a message naming the broken file and the path inside it', async () => {
    const broken = await mkdtemp(path.join(tmpdir(), 'sw-broken-'));
    const text = await readFile(path.join(catalogDir, 'ihk-mittelstandsfreundliche-kommune.v2026.1.yaml'), 'utf8');
    await writeFile(path.join(broken, 'ihk.yaml'), text.replace(/passMark: 72/, 'passMark: "zweiundsiebzig"'));
    await expect(startServices({ catalogDir: broken, dataDir: broken, databaseUrl: undefined, seedDemo: false })).rejects.toThrow(
      /ihk\.yaml: rules\.decision\.passMark/,
    );
    await rm(broken, { recursive: true, force: true });
  });
});
