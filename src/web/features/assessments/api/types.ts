import type { Localized } from '../../../lib/format';

export type AssessmentStatus = 'applied' | 'documentation' | 'meeting_held' | 'passed' | 'failed' | 'declined';

export type AssessmentListItem = {
  id: string;
  status: AssessmentStatus;
  round: number;
  municipalityId: string;
  municipalityName: string;
  certifierName: string;
  schemeId: string;
  catalogVersion: string;
  schemeTitle: Localized;
  appliedAt: string;
  meetingPlannedAt: string | null;
  releasedAt: string | null;
  totalPoints: number | null;
  passed: boolean | null;
};

export type Evidence = {
  id: string;
  criterionId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
};

export type Score = {
  notApplicable: boolean;
  points: number | null;
  grade: number | null;
  deviationRate: number | null;
  maturityLevel: number | null;
  conformity: string | null;
  comment: string | null;
};

export type ResultView = {
  complete: boolean;
  missingCriteria: string[];
  regularPoints: number;
  maxRegularPoints: number;
  bonusPoints: number;
  totalPoints: number;
  percentage: number | null;
  passed: boolean;
  passMark: number | null;
  level: { id: string; title: Localized } | null;
  reasons: { code: string; criterionId?: string; detail?: Record<string, string | number> }[];
  /** Goals of the previous round confirmed as reached and counted for bonus points; null for a first round. */
  developmentGoalsReached?: number | null;
};

export type Goal = { id: string; title: string; description: string; targetDate: string | null; status: string; createdAt: string };
export type BonusProject = { id: string; title: string; description: string; pointsAwarded: number | null };
export type Attendee = { name: string; role: string };

/** A dated snapshot of a promise's measured figures attached to the criterion (no points). */
export type MeasuredEvidence = {
  id: string;
  criterionId: string;
  promiseKey: string;
  promiseTitle: string;
  periodFrom: string;
  periodTo: string;
  cases: number;
  onTime: number;
  late: number;
  deviationRate: number | null;
  allowedDeviationRate: number;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  computedAt: string;
};

export type CriterionState = {
  criterionId: string;
  explanation: string;
  links: string[];
  documentedAt: string | null;
  evidence: Evidence[];
  measuredEvidence: MeasuredEvidence[];
  meetingNote: string | null;
  score: Score | null;
};

export type Permissions = {
  seePoints: boolean;
  editDocumentation: boolean;
  recordMeeting: boolean;
  proposeGoals: boolean;
  score: boolean;
  release: boolean;
  openNewRound: boolean;
};

export type AssessmentDetail = {
  id: string;
  status: AssessmentStatus;
  round: number;
  previousAssessmentId: string | null;
  scheme: { id: string; version: string; catalogId: string; title: Localized };
  certifier: { id: string; name: string };
  municipality: { id: string; name: string; district: string | null };
  contact: { name: string; email: string; phone: string | null };
  applicationChannel: 'portal' | 'email';
  applicationMessage: string;
  appliedAt: string;
  acceptedAt: string | null;
  declinedReason: string | null;
  documentationDueOn: string | null;
  meetingPlannedAt: string | null;
  meetingLocation: string | null;
  meetingHeldAt: string | null;
  meetingAttendance: Attendee[];
  meetingSummary: string | null;
  meetingClosedAt: string | null;
  releasedAt: string | null;
  phoneCallAt: string | null;
  phoneCallWith: string | null;
  nextSteps: string | null;
  certificateId: string | null;
  /** Open major nonconformities: while above 0 they block the decision (ISO rule). */
  openMajorCount: number;
  criteria: CriterionState[];
  developmentGoals: Goal[];
  bonusProjects: BonusProject[];
  result: ResultView | null;
  permissions: Permissions;
};

// The catalog as the API returns it (see src/domain/catalog); read tolerantly.
export type CatalogCriterion = {
  id: string;
  title: Localized;
  reference?: string;
  description?: Localized;
  kind?: 'points' | 'graded' | 'maturity' | 'conformity' | string;
  maxPoints?: number;
  target?: Localized;
  measured?: boolean;
  maxLevel?: number;
  guidingQuestions?: Localized[];
  evidence?: Localized[];
  [key: string]: unknown;
};

export type CatalogTopic = { id: string; title: Localized; criteria?: CatalogCriterion[]; topics?: CatalogTopic[] };

export type CatalogDefinition = {
  id: string;
  version: string;
  title: Localized;
  topics: CatalogTopic[];
  rules?: {
    decision?: { type?: string; passMark?: number; [key: string]: unknown };
    developmentGoals?: { count?: number };
    bonus?: { cap?: number };
    [key: string]: unknown;
  };
};

export type SchemeOffer = { certifierId: string; certifierName: string; schemeId: string; version: string; title: Localized };
export type Municipality = { id: string; name: string; stateCode: string | null; district: string | null };
