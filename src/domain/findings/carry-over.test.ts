import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryOverFindings, type PreviousAction, type PreviousFinding } from './carry-over.js';
import { FINDING_GRADES, GRADE_SEVERITY } from './grades.js';

const finding = (id: string, grade: PreviousFinding['grade'], status: PreviousFinding['status']): PreviousFinding => ({
  id,
  criterionId: `clause-${id}`,
  grade,
  status,
  description: `Beschreibung ${id}`,
  evidence: 'Stichprobe Bauhof',
  rootCause: 'Zuständigkeit ungeklärt',
  internalNote: 'nur intern',
});

describe('carryOverFindings', () => {
  it('carries open findings, escalates an open minor, leaves closed ones behind', () => {
    const previous = [
      finding('a', 'minor', 'open'),
      finding('b', 'major', 'closed'),
      finding('c', 'observation', 'open'),
      finding('d', 'major', 'open'),
    ];
    const { findings } = carryOverFindings(previous, []);
    expect(findings).toEqual([
      {
        carriedFromId: 'a',
        criterionId: 'clause-a',
        grade: 'major',
        escalated: true,
        description: 'Beschreibung a',
        evidence: 'Stichprobe Bauhof',
        rootCause: 'Zuständigkeit ungeklärt',
        internalNote: 'nur intern',
      },
      expect.objectContaining({ carriedFromId: 'c', grade: 'observation', escalated: false }),
      expect.objectContaining({ carriedFromId: 'd', grade: 'major', escalated: false }),
    ]);
  });

  it('lists the unchecked actions of the previous findings, closed or carried, done or not', () => {
    const previous = [finding('a', 'minor', 'closed'), finding('b', 'major', 'open')];
    const actions: PreviousAction[] = [
      { id: 'x1', findingId: 'a', status: 'done', effectiveness: null },
      { id: 'x2', findingId: 'a', status: 'done', effectiveness: 'effective' },
      { id: 'x3', findingId: 'b', status: 'in_progress', effectiveness: null },
      { id: 'x4', findingId: 'elsewhere', status: 'done', effectiveness: null },
    ];
    expect(carryOverFindings(previous, actions).actionsToCheck).toEqual([
      { actionId: 'x1', findingId: 'a', findingCarried: false, done: true },
      { actionId: 'x3', findingId: 'b', findingCarried: true, done: false },
    ]);
  });

  it('an empty previous audit carries nothing', () => {
    expect(carryOverFindings([], [])).toEqual({ findings: [], actionsToCheck: [] });
  });
});

describe('carryOverFindings (properties)', () => {
  const previousFindings = fc
    .uniqueArray(
      fc.record({ id: fc.uuid(), grade: fc.constantFrom(...FINDING_GRADES), status: fc.constantFrom('open' as const, 'closed' as const) }),
      { selector: (f) => f.id, maxLength: 30 },
    )
    .map((rows) => rows.map((r) => finding(r.id, r.grade, r.status)));
  const withActions = previousFindings.chain((findings) =>
    fc.tuple(
      fc.constant(findings),
      fc.array(
        fc.record({
          id: fc.uuid(),
          findingId: findings.length > 0 ? fc.oneof(fc.constantFrom(...findings.map((f) => f.id)), fc.uuid()) : fc.uuid(),
          status: fc.constantFrom('open' as const, 'in_progress' as const, 'done' as const),
          effectiveness: fc.constantFrom('effective' as const, 'not_effective' as const, null),
        }),
        { maxLength: 40 },
      ),
    ),
  );

  it('nothing open is lost: each open finding is carried exactly once', () => {
    fc.assert(
      fc.property(withActions, ([previous, actions]) => {
        const carried = carryOverFindings(previous, actions).findings.map((f) => f.carriedFromId);
        for (const f of previous.filter((p) => p.status === 'open')) expect(carried.filter((id) => id === f.id)).toHaveLength(1);
      }),
    );
  });

  it('nothing closed is carried', () => {
    fc.assert(
      fc.property(withActions, ([previous, actions]) => {
        const closed = new Set(previous.filter((p) => p.status === 'closed').map((p) => p.id));
        expect(carryOverFindings(previous, actions).findings.some((f) => closed.has(f.carriedFromId))).toBe(false);
      }),
    );
  });

  it('a carried minor is major and marked escalated; nothing else is escalated', () => {
    fc.assert(
      fc.property(previousFindings, (previous) => {
        const byId = new Map(previous.map((p) => [p.id, p]));
        for (const f of carryOverFindings(previous, []).findings) {
          const was = byId.get(f.carriedFromId)!.grade;
          expect(f.escalated).toBe(was === 'minor');
          if (was === 'minor') expect(f.grade).toBe('major');
        }
      }),
    );
  });

  it('grades never go down, also over several audits in a row', () => {
    fc.assert(
      fc.property(previousFindings, fc.integer({ min: 1, max: 4 }), (previous, audits) => {
        let current: PreviousFinding[] = previous;
        for (let n = 0; n < audits; n++) {
          const before = new Map(current.map((p) => [p.id, p.grade]));
          const next = carryOverFindings(current, []).findings;
          for (const f of next) expect(GRADE_SEVERITY[f.grade]).toBeGreaterThanOrEqual(GRADE_SEVERITY[before.get(f.carriedFromId)!]);
          current = next.map((f, i) => ({ ...f, id: `${n}-${i}`, status: 'open' as const }));
        }
        expect(current.some((f) => f.grade === 'minor')).toBe(false);
      }),
    );
  });

  it('exactly the unchecked actions of previous findings are to be checked', () => {
    fc.assert(
      fc.property(withActions, ([previous, actions]) => {
        const ids = new Set(previous.map((p) => p.id));
        const expected = actions.filter((a) => a.effectiveness === null && ids.has(a.findingId)).map((a) => a.id);
        expect(carryOverFindings(previous, actions).actionsToCheck.map((a) => a.actionId)).toEqual(expected);
      }),
    );
  });
});
