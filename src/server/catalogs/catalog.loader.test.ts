import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertVersionUnchanged, CatalogLoadError, loadCatalogFiles } from './catalog.loader.js';

const realDir = path.resolve(import.meta.dirname, '../../../catalogs');

const minimal = (over: { id?: string; passMark?: string; extra?: string } = {}) => `
id: ${over.id ?? 'test-scheme'}
version: "1.0"
title: { de: Test, en: Test }
description: { de: Testsiegel, en: Test seal }
topics:
  - id: service
    title: { de: Service, en: Service }
    criteria:
      - id: lotse
        title: { de: Lotse, en: Pilot }
        kind: points
        maxPoints: ${over.extra ?? '10'}
rules:
  decision: { type: absolute, passMark: ${over.passMark ?? '7'} }
  validityMonths: 36
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'catalogs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFile(path.join(dir, name), text);
const loadError = async () => {
  try {
    await loadCatalogFiles(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogLoadError);
    return (e as Error).message;
  }
  throw new Error('expected loadCatalogFiles to fail');
};

describe('loadCatalogFiles', () => {
  it('loads the real catalogs: five schemes, each hashed', async () => {
    const loaded = await loadCatalogFiles(realDir);
    expect(loaded.map((l) => `${l.catalog.id}@${l.catalog.version}`)).toEqual([
      'dqd-digitale-reife@2026.1',
      'gsm-serviceversprechen@2026.1',
      'ihk-mittelstandsfreundliche-kommune@2026.1',
      'iso-9001-2015@2015.1',
      'ral-gz-981@2026.1',
    ]);
    for (const l of loaded) expect(l.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names file, line and column for a YAML syntax error', async () => {
    await write('broken.yaml', 'id: x\ntitle: { de: a\n');
    expect(await loadError()).toMatch(/^.+\/broken\.yaml: line \d+, column \d+: /);
  });

  it('names file and path for a wrong type', async () => {
    await write('ihk-mfk.yaml', minimal({ passMark: '"zweiundsiebzig"' }));
    expect(await loadError()).toMatch(/\/ihk-mfk\.yaml: rules\.decision\.passMark: Invalid input: expected number, received string/);
  });

  it('names a missing field', async () => {
    await write('a.yaml', minimal().replace('  validityMonths: 36\n', ''));
    expect(await loadError()).toMatch(/a\.yaml: rules\.validityMonths: /);
  });

  it('rejects points criteria without maxPoints and duplicate criterion ids', async () => {
    const doubled = minimal().replace('rules:', `      - id: lotse\n        title: { de: Zwei, en: Two }\n        kind: points\nrules:`);
    await write('a.yaml', doubled);
    const message = await loadError();
    expect(message).toContain('topics.0.criteria.1.id: duplicate criterion id "lotse"');
    expect(message).toContain('topics.0.criteria.1.maxPoints: maxPoints is required for points criteria');
  });

  it('rejects unknown keys (strict objects) and an unreachable pass mark', async () => {
    await write('a.yaml', minimal({ passMark: '11' }).replace('kind: points', 'kind: points\n        colour: red'));
    const message = await loadError();
    expect(message).toContain('Unrecognized key: "colour"');
    expect(message).toContain('passMark 11 cannot be reached');
  });

  it('rejects two files with the same id and version but different content, naming both', async () => {
    await write('a.yaml', minimal());
    await write('b.yaml', minimal({ extra: '9' }));
    expect(await loadError()).toMatch(/\/a\.yaml and .+\/b\.yaml both define catalog test-scheme version 1\.0/);
  });

  it('keeps several versions of one scheme side by side, and hashes independent of key order', async () => {
    await write('a.yaml', minimal());
    await write('b.yaml', minimal().replace('version: "1.0"', 'version: "1.1"'));
    await write('c.yaml', minimal().replace(/^id: .*$/m, '').replace('version: "1.0"', 'version: "1.0"\nid: test-scheme'));
    const loaded = await loadCatalogFiles(dir);
    expect(loaded.map((l) => l.catalog.version)).toEqual(['1.0', '1.1']);
  });
});

describe('assertVersionUnchanged', () => {
  it('accepts unchanged and new versions, rejects a changed one', async () => {
    await write('a.yaml', minimal());
    const [first] = await loadCatalogFiles(dir);
    const stored = [{ schemeId: 'test-scheme', version: '1.0', contentHash: first!.contentHash }];
    expect(() => assertVersionUnchanged(stored, [first!])).not.toThrow();

    await write('a.yaml', (await readFile(path.join(dir, 'a.yaml'), 'utf8')).replace('maxPoints: 10', 'maxPoints: 12').replace('passMark: 7', 'passMark: 8'));
    const changed = await loadCatalogFiles(dir);
    expect(() => assertVersionUnchanged(stored, changed)).toThrow(/catalog test-scheme version 1\.0 changed without a new version number; give it a new version/);
    expect(() => assertVersionUnchanged(stored, changed.map((l) => ({ ...l, catalog: { ...l.catalog, version: '1.1' } })))).not.toThrow();
  });
});
