import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogSchema, flattenCriteria, type Catalog } from '../catalog/catalog.schema.js';
import { scoreAssessment, ScoringInputError, validateCriterionScore, type CriterionScore } from './score.js';

const load = (file: string): Catalog =>
  catalogSchema.parse(parse(readFileSync(path.resolve(import.meta.dirname, '../../../catalogs', file), 'utf8')));
const ihk = load('ihk-mittelstandsfreundliche-kommune.v2026.1.yaml');
const ral = load('ral-gz-981.v2026.1.yaml');
const gsm = load('gsm-serviceversprechen.v2026.1.yaml');
const dqd = load('dqd-digitale-reife.v2026.1.yaml');
const iso = load('iso-9001-2015.v2015.1.yaml');

const all = (catalog: Catalog, score: (id: string) => CriterionScore) =>
  Object.fromEntries(flattenCriteria(catalog).map((c) => [c.id, score(c.id)]));
/** IHK scores: every criterion at max, then `less` points taken off the first criteria. */
function ihkAt(regular: number): Record<string, CriterionScore> {
  let toRemove = 100 - regular;
  return all(ihk, (id) => {
    const max = flattenCriteria(ihk).find((c) => c.id === id)!.maxPoints!;
    const off = Math.min(max, toRemove);
    toRemove = Math.round((toRemove - off) * 10) / 10;
    return { points: Math.round((max - off) * 10) / 10 };
  });
}

describe('IHK (absolute pass mark 72 on regular + bonus)', () => {
  it('has 28 criteria worth exactly 100 regular points', () => {
    const r = scoreAssessment(ihk, { criteria: ihkAt(100) });
    expect(flattenCriteria(ihk)).toHaveLength(28);
    expect(r).toMatchObject({ complete: true, regularPoints: 100, maxRegularPoints: 100, percentage: 100, passed: true });
  });

  it('fails at 71.9 and passes at 72', () => {
    const below = scoreAssessment(ihk, { criteria: ihkAt(71.9) });
    expect(below.totalPoints).toBe(71.9);
    expect(below.passed).toBe(false);
    expect(below.reasons).toEqual([{ code: 'below-pass-mark', detail: { totalPoints: 71.9, passMark: 72 } }]);
    expect(scoreAssessment(ihk, { criteria: ihkAt(72) })).toMatchObject({ totalPoints: 72, passed: true, reasons: [] });
  });

  it('counts bonus points towards the pass mark but not into the percentage', () => {
    const r = scoreAssessment(ihk, { criteria: ihkAt(68), bonusPoints: 3, developmentGoalsReached: 1 });
    expect(r).toMatchObject({ regularPoints: 68, bonusPoints: 5, totalPoints: 73, maxRegularPoints: 100, percentage: 68, passed: true });
  });

  it('caps bonus at 10, goals included', () => {
    const r = scoreAssessment(ihk, { criteria: ihkAt(60), bonusPoints: 9, developmentGoalsReached: 3 });
    expect(r).toMatchObject({ bonusPoints: 10, totalPoints: 70, passed: false });
  });

  it('rounds once at the total, half-up to one decimal', () => {
    const criteria = ihkAt(71.9);
    const r = scoreAssessment(ihk, { criteria, bonusPoints: 0.05 });
    expect(r.totalPoints).toBe(72); // 71.95 → 72.0: the shown total decides
    expect(r.passed).toBe(true);
  });

  it('takes N/A criteria out of numerator and denominator', () => {
    const criteria = ihkAt(100);
    criteria['erreichbarkeit'] = { notApplicable: true };
    const r = scoreAssessment(ihk, { criteria });
    expect(r).toMatchObject({ regularPoints: 97, maxRegularPoints: 97, percentage: 100, complete: true });
  });

  it('is incomplete and not passed while a criterion is unscored', () => {
    const criteria = ihkAt(100);
    delete criteria['hebesaetze'];
    const r = scoreAssessment(ihk, { criteria });
    expect(r).toMatchObject({ complete: false, missingCriteria: ['hebesaetze'], passed: false });
    expect(r.reasons[0]).toEqual({ code: 'incomplete', detail: { missing: 1 } });
  });

  it('fails on an unmet knock-out criterion whatever the points', () => {
    const withKnockOut: Catalog = {
      ...ihk,
      topics: ihk.topics.map((t, i) =>
        i === 0 ? { ...t, criteria: t.criteria.map((c, j) => (j === 0 ? { ...c, knockOut: true } : c)) } : t,
      ),
    };
    const criteria = ihkAt(100);
    criteria['zentrale-ansprechperson'] = { points: 0 };
    const r = scoreAssessment(withKnockOut, { criteria, bonusPoints: 10 });
    expect(r.totalPoints).toBe(106);
    expect(r.passed).toBe(false);
    expect(r.reasons).toEqual([{ code: 'knock-out-not-met', criterionId: 'zentrale-ansprechperson' }]);
  });

  it('rejects points above the maximum, negative points and unknown criteria', () => {
    const criteria = ihkAt(100);
    expect(() => scoreAssessment(ihk, { criteria: { ...criteria, erreichbarkeit: { points: 4 } } })).toThrow(ScoringInputError);
    expect(() => scoreAssessment(ihk, { criteria: { ...criteria, erreichbarkeit: { points: -1 } } })).toThrow(
      /Criterion "erreichbarkeit": points must be 0 or more/,
    );
    expect(() => scoreAssessment(ihk, { criteria: { ...criteria, nope: { points: 1 } } })).toThrow(/Criterion "nope"/);
    expect(() => scoreAssessment(ihk, { criteria, developmentGoalsReached: 4 })).toThrow(/at most 3 development goals/);
  });
});

describe('validateCriterionScore', () => {
  const [points] = flattenCriteria(ihk);
  const [graded] = flattenCriteria(ral);
  it('accepts valid and empty scores', () => {
    expect(validateCriterionScore(points!, { points: 4 })).toBeNull();
    expect(validateCriterionScore(points!, { points: null, grade: null })).toBeNull();
    expect(validateCriterionScore(graded!, { grade: 2, deviationRate: 0.1 })).toBeNull();
  });
  it('names the problem', () => {
    expect(validateCriterionScore(points!, { points: 5 })).toBe('points 5 exceed the maximum of 4');
    expect(validateCriterionScore(points!, { grade: 1 })).toBe('grade is not used by points criteria');
    expect(validateCriterionScore(graded!, { grade: 2, deviationRate: 1.5 })).toMatch(/deviationRate must be between 0 and 1/);
    expect(validateCriterionScore(points!, { notApplicable: true, points: 2 })).toMatch(/not applicable carries no points/);
  });
});

describe.each([
  ['RAL-GZ 981', ral],
  ['GSM', gsm],
])('%s (every criterion met, deviation at most 15 %%)', (_name, catalog) => {
  const measured = flattenCriteria(catalog).filter((c) => c.measured);
  const met = () => all(catalog, (id) => (measured.some((c) => c.id === id) ? { grade: 1, deviationRate: 0.05 } : { grade: 1 }));

  it('passes when all criteria are met within the deviation limit', () => {
    expect(scoreAssessment(catalog, { criteria: met() })).toMatchObject({
      complete: true,
      passed: true,
      percentage: null,
      maxRegularPoints: 0,
    });
  });

  it('passes at exactly 15 % deviation and fails above it', () => {
    const id = measured[0]!.id;
    expect(scoreAssessment(catalog, { criteria: { ...met(), [id]: { grade: 2, deviationRate: 0.15 } } }).passed).toBe(true);
    const r = scoreAssessment(catalog, { criteria: { ...met(), [id]: { grade: 2, deviationRate: 0.16 } } });
    expect(r.passed).toBe(false);
    expect(r.reasons).toEqual([
      { code: 'deviation-rate-exceeded', criterionId: id, detail: { deviationRate: 0.16, maxDeviationRate: 0.15 } },
    ]);
  });

  it('fails on grade 3, and needs a deviation rate for measured criteria', () => {
    const id = measured[0]!.id;
    expect(scoreAssessment(catalog, { criteria: { ...met(), [id]: { grade: 3, deviationRate: 0.1 } } }).reasons).toEqual([
      { code: 'criterion-not-met', criterionId: id },
    ]);
    const r = scoreAssessment(catalog, { criteria: { ...met(), [id]: { grade: 1 } } });
    expect(r).toMatchObject({ complete: false, missingCriteria: [id], passed: false });
  });

  it('skips N/A criteria', () => {
    const id = measured[0]!.id;
    expect(scoreAssessment(catalog, { criteria: { ...met(), [id]: { notApplicable: true } } }).passed).toBe(true);
  });
});

describe('RAL specifics', () => {
  it('has 14 criteria a–n', () => {
    expect(
      flattenCriteria(ral)
        .map((c) => c.reference)
        .join(''),
    ).toBe('abcdefghijklmn');
    expect(flattenCriteria(gsm)).toHaveLength(11);
  });
});

describe('DQD (maturity, weakest dimension decides)', () => {
  const levels = (n: number, override: Record<string, number> = {}) => all(dqd, (id) => ({ maturityLevel: override[id] ?? n }));
  it('reaches the level of its weakest dimension', () => {
    const r = scoreAssessment(dqd, { criteria: levels(4, { digitalbudget: 2 }) });
    expect(r.level).toEqual({ id: 'zeichen', title: { de: 'Wir setzen Zeichen', en: 'We make a statement' } });
    expect(r.dimensions).toHaveLength(9);
    expect(r.dimensions.find((d) => d.id === 'digitalbudget')).toEqual({
      id: 'digitalbudget',
      perspective: 'inside',
      level: 2,
      maxLevel: 4,
    });
    expect(r.passed).toBe(true);
  });
  it('reaches "Wir sind Vorbild" from level 3 everywhere', () => {
    expect(scoreAssessment(dqd, { criteria: levels(3) }).level?.id).toBe('vorbild');
  });
  it('fails below the lowest level, and ignores N/A dimensions', () => {
    const r = scoreAssessment(dqd, { criteria: levels(3, { innovationskultur: 0 }) });
    expect(r).toMatchObject({
      level: null,
      passed: false,
      reasons: [{ code: 'below-lowest-level', detail: { maturity: 0, required: 1 } }],
    });
    const na = scoreAssessment(dqd, { criteria: { ...levels(3, { innovationskultur: 0 }), innovationskultur: { notApplicable: true } } });
    expect(na.level?.id).toBe('vorbild');
  });
  it('rejects a level above the scale', () => {
    expect(() => scoreAssessment(dqd, { criteria: levels(5) })).toThrow(/maturityLevel must be a whole number from 0 to 4/);
  });
  it('averages when the scheme says so', () => {
    const average: Catalog = {
      ...dqd,
      rules: {
        ...dqd.rules,
        decision: { ...(dqd.rules.decision as Extract<Catalog['rules']['decision'], { type: 'maturity' }>), aggregation: 'average' },
      },
    };
    expect(scoreAssessment(average, { criteria: levels(4, { digitalbudget: 0 }) }).level?.id).toBe('vorbild');
  });
});

describe('ISO 9001 (no open major nonconformity)', () => {
  const conform = () => all(iso, () => ({ conformity: 'conform' }));
  it('covers clauses 4 to 10', () => {
    expect(iso.topics.map((t) => t.id)).toEqual(['clause-4', 'clause-5', 'clause-6', 'clause-7', 'clause-8', 'clause-9', 'clause-10']);
    expect(iso.rules).toMatchObject({ validityMonths: 36, surveillanceIntervalMonths: 12 });
  });
  it('passes with minors and observations, fails with a major', () => {
    expect(
      scoreAssessment(iso, {
        criteria: { ...conform(), 'clause-7-5': { conformity: 'minor' }, 'clause-9-2': { conformity: 'observation' } },
      }).passed,
    ).toBe(true);
    const r = scoreAssessment(iso, { criteria: { ...conform(), 'clause-8-7': { conformity: 'major' } } });
    expect(r).toMatchObject({ passed: false, reasons: [{ code: 'open-major', criterionId: 'clause-8-7' }] });
  });
});

describe('percentage decision (similar IHK seals)', () => {
  const pct = (countBonus: boolean, passPercent = 70): Catalog => ({
    ...ihk,
    rules: { ...ihk.rules, decision: { type: 'percentage', passPercent, countBonus } },
  });
  it('requires passPercent of the applicable regular maximum; bonus counts unless switched off', () => {
    expect(scoreAssessment(pct(true), { criteria: ihkAt(69.9) }).reasons).toEqual([
      { code: 'below-pass-percent', detail: { points: 69.9, required: 70, passPercent: 70 } },
    ]);
    expect(scoreAssessment(pct(true), { criteria: ihkAt(70) }).passed).toBe(true);
    expect(scoreAssessment(pct(true), { criteria: ihkAt(66), bonusPoints: 4 }).passed).toBe(true);
    expect(scoreAssessment(pct(false), { criteria: ihkAt(66), bonusPoints: 4 }).passed).toBe(false);
  });
  it('rounds the required points up: 72.5 % of 97 (70.325) needs 70.4', () => {
    const at = (regular: number) =>
      scoreAssessment(pct(false, 72.5), { criteria: { ...ihkAt(regular + 3), wirtschaftsportal: { notApplicable: true } } });
    expect(at(70.4)).toMatchObject({ maxRegularPoints: 97, regularPoints: 70.4, passed: true });
    expect(at(70.3).reasons).toEqual([{ code: 'below-pass-percent', detail: { points: 70.3, required: 70.4, passPercent: 72.5 } }]);
  });
});
