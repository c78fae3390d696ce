import type { Localized } from '../../../lib/format';

// The findings API as the web sees it (src/server/findings/finding.schemas.ts).

export const FINDING_GRADES = ['major', 'minor', 'observation', 'improvement'] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type Effectiveness = 'effective' | 'not_effective';
export type CloseBlocker = 'actions_not_done' | 'no_action' | 'no_effective_action';

export type CorrectiveAction = {
  id: string;
  findingId: string;
  description: string;
  ownerName: string;
  ownerEmail: string | null;
  dueOn: string;
  overdue: boolean;
  status: ActionStatus;
  completedOn: string | null;
  completionNote: string | null;
  effectiveness: Effectiveness | null;
  effectivenessNote: string | null;
  effectivenessCheckedAt: string | null;
  effectivenessAssessmentId: string | null;
  createdAt: string;
};

export type Finding = {
  id: string;
  assessmentId: string;
  criterionId: string;
  grade: FindingGrade;
  status: 'open' | 'closed';
  description: string;
  evidence: string;
  rootCause: string;
  /** Only present for the certifier's staff. */
  internalNote?: string;
  municipalityResponse: string | null;
  respondedAt: string | null;
  carriedFromId: string | null;
  escalatedAt: string | null;
  closedAt: string | null;
  closedByName: string | null;
  createdAt: string;
  updatedAt: string;
  closeBlocker: CloseBlocker | null;
  actions: CorrectiveAction[];
};

export type FindingPermissions = {
  record: boolean;
  close: boolean;
  respond: boolean;
  manageActions: boolean;
  checkEffectiveness: boolean;
  seeInternalNotes: boolean;
};

/** An action on a finding closed at the previous audit, waiting for its effectiveness check at this one. */
export type ActionToCheck = CorrectiveAction & { finding: { id: string; criterionId: string; grade: FindingGrade; description: string } };

export type FindingsView = {
  assessmentId: string;
  actionsToCheck: ActionToCheck[];
  openMajorCount: number;
  permissions: FindingPermissions;
  findings: Finding[];
};

/** A criterion of the assessment's catalog, as far as findings need it. */
export type FindingCriterion = { id: string; reference?: string; title: Localized };

export type FindingInput = {
  criterionId: string;
  grade: FindingGrade;
  description: string;
  evidence: string;
  rootCause: string;
  internalNote: string;
};
export type ActionInput = { description: string; ownerName: string; ownerEmail: string | null; dueOn: string };
