import { type FindingGrade, isNonconformity } from './grades.js';

// When a finding may be closed. The rule, in one place:
//  1. every corrective action on it is done (an action still open or in progress keeps it open);
//  2. a nonconformity (major or minor) needs at least one done action that was not found
//     ineffective — an action checked "not effective" must be followed by a new one;
//  3. an observation or improvement potential may close without any action.
// The effectiveness itself is checked at the next audit (ISO/IEC 17021-1), so rule 2 does not
// wait for an "effective" verdict; it only refuses to close on a verdict of "not effective".

export type ClosingAction = { id: string; status: 'open' | 'in_progress' | 'done'; effectiveness: 'effective' | 'not_effective' | null };

export type CloseProblem =
  | { code: 'actions_not_done'; actionIds: string[] }
  | { code: 'no_action'; grade: FindingGrade }
  | { code: 'no_effective_action'; grade: FindingGrade };

/** Why the finding cannot be closed yet, or null when it can. */
export function closeProblem(grade: FindingGrade, actions: readonly ClosingAction[]): CloseProblem | null {
  const notDone = actions.filter((a) => a.status !== 'done');
  if (notDone.length > 0) return { code: 'actions_not_done', actionIds: notDone.map((a) => a.id) };
  if (!isNonconformity(grade)) return null;
  if (actions.length === 0) return { code: 'no_action', grade };
  if (!actions.some((a) => a.effectiveness !== 'not_effective')) return { code: 'no_effective_action', grade };
  return null;
}
