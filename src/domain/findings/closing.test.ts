import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClosingAction, closeProblem } from './closing.js';
import { FINDING_GRADES, isNonconformity } from './grades.js';

const action = (id: string, status: ClosingAction['status'], effectiveness: ClosingAction['effectiveness'] = null): ClosingAction => ({
  id,
  status,
  effectiveness,
});

describe('closeProblem', () => {
  it('an action still open or in progress keeps any finding open, naming the actions', () => {
    expect(closeProblem('observation', [action('a', 'done'), action('b', 'in_progress'), action('c', 'open')])).toEqual({
      code: 'actions_not_done',
      actionIds: ['b', 'c'],
    });
  });

  it('a nonconformity needs a corrective action; an observation or improvement potential does not', () => {
    expect(closeProblem('minor', [])).toEqual({ code: 'no_action', grade: 'minor' });
    expect(closeProblem('major', [])).toEqual({ code: 'no_action', grade: 'major' });
    expect(closeProblem('observation', [])).toBeNull();
    expect(closeProblem('improvement', [])).toBeNull();
  });

  it('a nonconformity closes with a done action, checked or not yet checked', () => {
    expect(closeProblem('major', [action('a', 'done')])).toBeNull();
    expect(closeProblem('major', [action('a', 'done', 'effective')])).toBeNull();
  });

  it('an action found not effective does not close a nonconformity; a further done action does', () => {
    expect(closeProblem('minor', [action('a', 'done', 'not_effective')])).toEqual({ code: 'no_effective_action', grade: 'minor' });
    expect(closeProblem('minor', [action('a', 'done', 'not_effective'), action('b', 'done')])).toBeNull();
  });

  it('closable implies every action done, and for a nonconformity at least one not found ineffective', () => {
    const actions = fc.array(
      fc.record({
        id: fc.uuid(),
        status: fc.constantFrom('open' as const, 'in_progress' as const, 'done' as const),
        effectiveness: fc.constantFrom('effective' as const, 'not_effective' as const, null),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...FINDING_GRADES), actions, (grade, list) => {
        if (closeProblem(grade, list) !== null) return;
        expect(list.every((a) => a.status === 'done')).toBe(true);
        if (isNonconformity(grade)) expect(list.some((a) => a.effectiveness !== 'not_effective')).toBe(true);
      }),
    );
  });
});
