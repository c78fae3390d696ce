// Scoring 10,000 assessments of the 100-point IHK catalog through the engine,
// beside a baseline in the same process: a bare loop summing the same points
// (no rules, no N/A, no knock-outs, no rounding) — the floor any engine pays.
import path from 'node:path';
import { flattenCriteria } from '../src/domain/catalog/catalog.schema.js';
import { scoreAssessment, type ScoringInput } from '../src/domain/scoring/score.js';
import { loadCatalogFiles } from '../src/server/catalogs/catalog.loader.js';
import { IHK_SCHEME } from '../src/server/demo/demo-data.js';

const N = 10_000;

export async function benchScoring() {
  const loaded = await loadCatalogFiles(path.resolve(import.meta.dirname, '../catalogs'));
  const catalog = loaded.find((l) => l.catalog.id === IHK_SCHEME)!.catalog;
  const criteria = flattenCriteria(catalog);
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const inputs: ScoringInput[] = Array.from({ length: N }, () => ({
    criteria: Object.fromEntries(
      criteria.map((c) => [c.id, rand() < 0.05 ? { notApplicable: true } : { points: Math.floor(rand() * ((c.maxPoints ?? 0) + 1)) }]),
    ),
    bonusPoints: Math.floor(rand() * 12),
    developmentGoalsReached: Math.floor(rand() * 4),
  }));

  const time = (fn: () => number) => {
    const t0 = performance.now();
    const check = fn();
    return { ms: performance.now() - t0, check };
  };
  // warm-up so both loops are measured JIT-compiled
  for (let i = 0; i < 2; i++) {
    inputs.slice(0, 1000).forEach((input) => scoreAssessment(catalog, input));
  }
  const baseline = time(() => {
    let passed = 0;
    for (const input of inputs) {
      let sum = input.bonusPoints ?? 0;
      for (const s of Object.values(input.criteria)) sum += s?.points ?? 0;
      if (sum >= 72) passed++;
    }
    return passed;
  });
  const engine = time(() => {
    let passed = 0;
    for (const input of inputs) if (scoreAssessment(catalog, input).passed) passed++;
    return passed;
  });
  return {
    name: `scoring ${N.toLocaleString('en')} assessments (${criteria.length} criteria, 100 points)`,
    rows: [
      { what: 'engine (scoreAssessment)', ms: engine.ms, perSecond: Math.round(N / (engine.ms / 1000)), passed: engine.check },
      { what: 'baseline: bare sum loop', ms: baseline.ms, perSecond: Math.round(N / (baseline.ms / 1000)), passed: baseline.check },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchScoring();
  console.log(r.name);
  console.table(r.rows.map((x) => ({ ...x, ms: x.ms.toFixed(1) })));
}
