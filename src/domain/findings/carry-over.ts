import type { FindingGrade } from './grades.js';

// ISO/IEC 17021-1 practice at a surveillance or recertification audit: the auditor reviews what
// the previous audit left open. Every finding still open moves on to the new audit (linked back
// to where it was raised), a minor nonconformity not closed by then becomes a major one, and the
// corrective actions taken since are checked for effectiveness.

export type PreviousFinding = {
  id: string;
  criterionId: string;
  grade: FindingGrade;
  status: 'open' | 'closed';
  description: string;
  evidence: string;
  rootCause: string;
  internalNote: string;
};

export type PreviousAction = {
  id: string;
  findingId: string;
  status: 'open' | 'in_progress' | 'done';
  effectiveness: 'effective' | 'not_effective' | null;
};

/** A finding of the new audit: the caller adds the assessment, tenant ids, author and the escalation instant. */
export type CarriedFinding = {
  carriedFromId: string;
  criterionId: string;
  grade: FindingGrade;
  /** true when a minor nonconformity became major because it was still open. */
  escalated: boolean;
  description: string;
  evidence: string;
  rootCause: string;
  internalNote: string;
};

/**
 * An action whose effectiveness the new audit checks: every action on a finding of the previous
 * audit not yet checked, whether the finding was closed meanwhile or is carried over, and whether
 * the action is done or (overdue) not — the auditor has to look at all of them.
 */
export type ActionToCheck = { actionId: string; findingId: string; findingCarried: boolean; done: boolean };

export type CarryOver = { findings: CarriedFinding[]; actionsToCheck: ActionToCheck[] };

/**
 * The findings a new audit starts with, from the findings of the previous audit of the same
 * certificate and their corrective actions (actions of other findings are ignored). Order is kept.
 */
export function carryOverFindings(previous: readonly PreviousFinding[], actions: readonly PreviousAction[]): CarryOver {
  const open = previous.filter((f) => f.status === 'open');
  const findings = open.map((f): CarriedFinding => {
    const escalated = f.grade === 'minor';
    return {
      carriedFromId: f.id,
      criterionId: f.criterionId,
      grade: escalated ? 'major' : f.grade,
      escalated,
      description: f.description,
      evidence: f.evidence,
      rootCause: f.rootCause,
      internalNote: f.internalNote,
    };
  });
  const byId = new Map(previous.map((f) => [f.id, f]));
  const actionsToCheck = actions
    .filter((a) => a.effectiveness === null && byId.has(a.findingId))
    .map((a) => ({
      actionId: a.id,
      findingId: a.findingId,
      findingCarried: byId.get(a.findingId)!.status === 'open',
      done: a.status === 'done',
    }));
  return { findings, actionsToCheck };
}
