import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { catalogSchema, type Catalog } from '../../domain/catalog/catalog.schema.js';

// Catalogs are reviewed data: a broken file stops the start with a message that
// names the file and the place inside it, instead of a half-loaded scheme list.

export type LoadedCatalog = { file: string; catalog: Catalog; contentHash: string };

export class CatalogLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogLoadError';
  }
}

/** Reads, validates and hashes every *.yaml in `dir` (sorted by name, so the order is stable). */
export async function loadCatalogFiles(dir: string): Promise<LoadedCatalog[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  const loaded = await Promise.all(names.map((name) => loadCatalogFile(path.join(dir, name), `${path.basename(dir)}/${name}`)));
  return withoutDuplicates(loaded);
}

async function loadCatalogFile(file: string, label: string): Promise<LoadedCatalog> {
  const lines = new LineCounter();
  const doc = parseDocument(await readFile(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lines.linePos(syntax.pos[0]);
    throw new CatalogLoadError(`${label}: line ${pos.line}, column ${pos.col}: ${syntax.message}`);
  }
  const parsed = catalogSchema.safeParse(doc.toJS());
  if (!parsed.success) throw new CatalogLoadError(`${label}: ${formatIssues(parsed.error.issues)}`);
  return { file: label, catalog: parsed.data, contentHash: contentHash(parsed.data) };
}

function formatIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

/** sha256 of canonical JSON (keys sorted at every level), so formatting and key order in the YAML do not count as a change. */
export function contentHash(catalog: Catalog): string {
  return createHash('sha256').update(canonicalJson(catalog)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** One id+version means one content; an identical copy is harmless and kept once. */
function withoutDuplicates(loaded: LoadedCatalog[]): LoadedCatalog[] {
  const seen = new Map<string, LoadedCatalog>();
  for (const l of loaded) {
    const key = `${l.catalog.id}@${l.catalog.version}`;
    const other = seen.get(key);
    if (other && other.contentHash !== l.contentHash)
      throw new CatalogLoadError(`${other.file} and ${l.file} both define catalog ${l.catalog.id} version ${l.catalog.version} with different content`);
    if (!other) seen.set(key, l);
  }
  return [...seen.values()];
}

/**
 * A stored version is immutable: assessments point at it. Editing a catalog file
 * without raising its version would silently change how old results read, so the
 * start fails instead. A new version is a new file beside the old one.
 */
export function assertVersionUnchanged(stored: { schemeId: string; version: string; contentHash: string }[], loaded: LoadedCatalog[]): void {
  for (const l of loaded) {
    const before = stored.find((s) => s.schemeId === l.catalog.id && s.version === l.catalog.version);
    if (before && before.contentHash !== l.contentHash)
      throw new CatalogLoadError(
        `${l.file}: catalog ${l.catalog.id} version ${l.catalog.version} changed without a new version number; give it a new version`,
      );
  }
}
