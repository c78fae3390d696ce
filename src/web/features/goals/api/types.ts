import type { Localized } from '../../../lib/format';

// Development goals between audits as the web sees them (src/server/goals/goal.schemas.ts).

export type GoalState = 'open' | 'reported' | 'reached' | 'missed';

export type ProgressNote = { id: string; note: string; link: string | null; createdAt: string; authorName: string | null };

export type GoalView = {
  id: string;
  assessmentId: string;
  round: number;
  kind: 'initial' | 'surveillance' | 'recertification';
  municipality: { id: string; name: string };
  schemeTitle: Localized;
  title: string;
  description: string;
  targetDate: string | null;
  state: GoalState;
  reachedOn: string | null;
  confirmedAt: string | null;
  confirmedByName: string | null;
  overdue: boolean;
  closed: boolean;
  progressCount: number;
  lastProgress: { note: string; link: string | null; createdAt: string } | null;
  permissions: { addProgress: boolean; reportReached: boolean; decide: boolean };
};

export type GoalDetail = GoalView & { progress: ProgressNote[] };

export type ProgressInput = { note: string; link: string | null };
export type ReachedInput = { reachedOn: string; note?: string; link?: string | null };
