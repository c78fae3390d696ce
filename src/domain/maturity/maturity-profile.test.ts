import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Catalog, catalogSchema, flattenCriteria } from '../catalog/catalog.schema.js';
import { scoreAssessment } from '../scoring/score.js';
import { maturityDecisionOf, maturityDimensions, maturityProfile } from './maturity-profile.js';
import { MIN_COMPARISON_GROUP, sizeClassOf } from './size-class.js';

const load = (file: string): Catalog =>
  catalogSchema.parse(parse(readFileSync(path.resolve(import.meta.dirname, '../../../catalogs', file), 'utf8')));
const dqd = load('dqd-digitale-reife.v2026.1.yaml');
const ihk = load('ihk-mittelstandsfreundliche-kommune.v2026.1.yaml');
const decision = maturityDecisionOf(dqd)!;
const dimensions = maturityDimensions(dqd);
const ids = dimensions.map((d) => d.id);

/** Scores with the real engine, then explains the result: exactly what the server does. */
function profileOf(levels: Record<string, number>, catalog = dqd) {
  const result = scoreAssessment(catalog, {
    criteria: Object.fromEntries(Object.entries(levels).map(([id, l]) => [id, { maturityLevel: l }])),
  });
  const profile = maturityProfile({
    dimensions: maturityDimensions(catalog),
    decision: maturityDecisionOf(catalog)!,
    reachedLevelId: result.level?.id ?? null,
    dimensionLevels: Object.fromEntries(result.dimensions.map((d) => [d.id, d.level])),
    criterionLevels: levels,
  });
  return { level: result.level?.id ?? null, ...profile };
}
const every = (n: number, override: Record<string, number> = {}) => Object.fromEntries(ids.map((id) => [id, override[id] ?? n]));

describe('maturity dimensions of a catalog', () => {
  it('lists the nine DQD dimensions in document order with their perspective', () => {
    expect(ids).toEqual([
      'e-government-angebot',
      'kommunikationskanaele',
      'online-praesenz',
      'online-leistungen',
      'digitalstrategie',
      'zusammenarbeit',
      'digitalbudget',
      'zustaendigkeiten',
      'innovationskultur',
    ]);
    expect(dimensions.filter((d) => d.perspective === 'inside').map((d) => d.id)).toEqual([
      'digitalstrategie',
      'zusammenarbeit',
      'digitalbudget',
      'zustaendigkeiten',
      'innovationskultur',
    ]);
    expect(dimensions[0]).toMatchObject({ title: { de: 'E-Government-Angebot' }, maxLevel: 4 });
  });

  it('is empty for a points scheme', () => {
    expect(maturityDimensions(ihk)).toEqual([]);
    expect(maturityDecisionOf(ihk)).toBeNull();
  });

  it('groups several criteria of one dimension', () => {
    const [outside] = dqd.topics;
    const extra = { ...outside!.criteria[0]!, id: 'portal-nutzung', title: { de: 'Portalnutzung', en: 'Portal use' }, maxLevel: 6 };
    const catalog: Catalog = { ...dqd, topics: [{ ...outside!, criteria: [...outside!.criteria, extra] }, ...dqd.topics.slice(1)] };
    const egov = maturityDimensions(catalog).find((d) => d.id === 'e-government-angebot')!;
    expect(egov.criteria.map((c) => c.id)).toEqual(['e-government-angebot', 'portal-nutzung']);
    expect(egov.maxLevel).toBe(6);
  });
});

describe('strengths, weaknesses and next steps (weakest dimension decides)', () => {
  it('names what holds a "Wir setzen Zeichen" administration back from "Wir sind Vorbild"', () => {
    const p = profileOf(every(3, { digitalbudget: 2, innovationskultur: 2, 'online-praesenz': 4, digitalstrategie: 4 }));
    expect(p.level).toBe('zeichen');
    expect(p.nextLevel).toMatchObject({ id: 'vorbild', minLevel: 3 });
    expect(p.weaknesses).toEqual(['digitalbudget', 'innovationskultur']);
    expect(p.strengths.slice(0, 2)).toEqual(['online-praesenz', 'digitalstrategie']);
    expect(p.strengths).toHaveLength(7);
    expect(p.nextSteps).toEqual([
      {
        dimensionId: 'digitalbudget',
        criterionId: 'digitalbudget',
        title: { de: 'Anteil des Digitalbudgets am Haushalt', en: 'Digital budget as share of the total budget' },
        currentLevel: 2,
        targetLevel: 3,
      },
      {
        dimensionId: 'innovationskultur',
        criterionId: 'innovationskultur',
        title: { de: 'Innovationskultur', en: 'Innovation culture' },
        currentLevel: 2,
        targetLevel: 3,
      },
    ]);
  });

  it('aims at the lowest level when none is reached', () => {
    const p = profileOf(every(2, { zustaendigkeiten: 0 }));
    expect(p.level).toBeNull();
    expect(p.nextLevel?.id).toBe('aktiv');
    expect(p.weaknesses).toEqual(['zustaendigkeiten']);
    expect(p.nextSteps).toEqual([expect.objectContaining({ criterionId: 'zustaendigkeiten', currentLevel: 0, targetLevel: 1 })]);
  });

  it('at the top level has no next steps and names only a weakest dimension that differs', () => {
    const top = profileOf(every(4, { zusammenarbeit: 3 }));
    expect(top).toMatchObject({ level: 'vorbild', nextLevel: null, weaknesses: ['zusammenarbeit'], nextSteps: [] });
    expect(top.strengths).toHaveLength(8);
    const flat = profileOf(every(3));
    expect(flat).toMatchObject({ weaknesses: [], nextSteps: [] });
    expect(flat.strengths).toHaveLength(9);
  });

  it('follows the catalog when it averages: a weak dimension below the threshold is still named', () => {
    const average: Catalog = { ...dqd, rules: { ...dqd.rules, decision: { ...decision, aggregation: 'average' } } };
    const p = profileOf(every(4, { digitalbudget: 1 }), average);
    expect(p.level).toBe('vorbild');
    expect(p.weaknesses).toEqual(['digitalbudget']);
    const mid = profileOf(every(3, { digitalbudget: 0, zusammenarbeit: 1 }), average);
    expect(mid.level).toBe('zeichen');
    expect(mid.weaknesses).toEqual(['digitalbudget', 'zusammenarbeit']);
    expect(mid.nextSteps.map((s) => s.targetLevel)).toEqual([3, 3]);
  });

  it('laws: every rated dimension is a strength or a weakness, never both; next steps lead above the current level', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: ids.length, maxLength: ids.length }), (levels) => {
        const p = profileOf(Object.fromEntries(ids.map((id, i) => [id, levels[i]!])));
        expect(new Set([...p.strengths, ...p.weaknesses]).size).toBe(p.strengths.length + p.weaknesses.length);
        if (p.nextLevel) expect(p.strengths.length + p.weaknesses.length).toBe(ids.length);
        for (const s of p.nextSteps) expect(s.targetLevel).toBeGreaterThan(s.currentLevel);
        // under "weakest" the weakest dimension is always among the weaknesses unless all are equal at the top
        const min = Math.min(...levels);
        if (p.nextLevel) expect(p.weaknesses.length > 0 || min >= p.nextLevel.minLevel).toBe(true);
      }),
    );
  });
});

describe('size classes', () => {
  it('puts the boundaries where the classes say', () => {
    expect(sizeClassOf(9_999)?.id).toBe('under-10k');
    expect(sizeClassOf(10_000)?.id).toBe('10k-50k');
    expect(sizeClassOf(49_999)?.id).toBe('10k-50k');
    expect(sizeClassOf(50_000)?.id).toBe('50k-100k');
    expect(sizeClassOf(100_000)?.id).toBe('100k-plus');
    expect(sizeClassOf(null)).toBeNull();
    expect(MIN_COMPARISON_GROUP).toBe(3);
  });
});

it('the DQD catalog rates every criterion as a maturity dimension', () => {
  expect(flattenCriteria(dqd).every((c) => c.kind === 'maturity')).toBe(true);
});
