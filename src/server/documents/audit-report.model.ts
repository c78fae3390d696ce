import type { FindingGrade } from '../../domain/findings/grades.js';
import type { Locale, Localized } from './pdf-common.js';

export type { FindingGrade };

// What the audit report (PDF and XLSX) shows, prepared by the caller with the reader's
// permissions already applied: `criteria[].result` is null and `decision.totalPoints` too for a
// reader who may not see points yet. Internal notes of the auditor never get here.

export type AuditKind = 'initial' | 'surveillance' | 'recertification';
export type Conformity = 'conform' | FindingGrade;
export type ActionStatus = 'open' | 'in_progress' | 'done';
export type Effectiveness = 'effective' | 'not_effective';

export type ReportCriterion = {
  id: string;
  reference: string | null;
  title: Localized;
  topicTitle: Localized;
  kind: 'points' | 'graded' | 'maturity' | 'conformity';
  maxPoints: number | null;
  result: {
    notApplicable: boolean;
    points: number | null;
    grade: number | null;
    deviationRate: number | null;
    maturityLevel: number | null;
    conformity: Conformity | null;
  } | null;
};

export type ReportFinding = {
  /** 1, 2, 3 … in report order; actions refer to it. */
  number: number;
  criterionId: string;
  grade: FindingGrade;
  status: 'open' | 'closed';
  description: string;
  evidence: string;
  rootCause: string;
  municipalityResponse: string | null;
  carriedOver: boolean;
  escalated: boolean;
  closedAt: Date | null;
};

export type ReportAction = {
  findingNumber: number;
  description: string;
  ownerName: string;
  ownerEmail: string | null;
  dueOn: string;
  status: ActionStatus;
  completedOn: string | null;
  completionNote: string | null;
  effectiveness: Effectiveness | null;
  effectivenessNote: string | null;
};

export type ReportPlanItem = {
  startsAt: Date;
  endsAt: Date;
  department: string;
  site: string;
  process: string;
  auditorName: string;
  interviewees: string;
  criterionIds: string[];
};

export type AuditReportInput = {
  locale: Locale;
  generatedAt: Date;
  certifierName: string;
  municipalityName: string;
  district: string | null;
  schemeTitle: Localized;
  catalogVersion: string;
  auditKind: AuditKind;
  dates: { appliedAt: Date; acceptedAt: Date | null; meetingHeldAt: Date | null; releasedAt: Date | null };
  plan: ReportPlanItem[];
  /** Whether this reader may see points (assessmentPolicy.seePoints); results are null otherwise. */
  showResults: boolean;
  criteria: ReportCriterion[];
  findings: ReportFinding[];
  actions: ReportAction[];
  decision: {
    status: 'applied' | 'documentation' | 'meeting_held' | 'passed' | 'failed' | 'declined';
    openMajorCount: number;
    totalPoints: number | null;
    passMark: number | null;
    certificateNumber: string | null;
    validUntil: string | null;
    nextSteps: string | null;
  };
};
