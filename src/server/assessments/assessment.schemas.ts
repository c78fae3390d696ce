import { z } from 'zod';
import { isoDate, isoDateTime, localized, longText, shortText } from '../http/common.schemas.js';
import { ASSESSMENT_STATUSES } from '../db/schema.js';
import { measuredEvidenceView } from '../figures/measured-evidence.schemas.js';

// Request and response schemas of the certification procedure. Score fields are
// nullable everywhere: they are null for anyone who may not see points yet.

export const assessmentStatus = z.enum(ASSESSMENT_STATUSES);
const link = z.url({ protocol: /^https?$/ }).max(2000);

export const applyBody = z.object({
  certifierId: z.uuid(),
  schemeId: z.string().min(1).max(100),
  message: z.string().trim().min(1, 'The message must not be empty').max(5000),
  contactPhone: z.string().trim().max(50).optional(),
});

export const recordContactBody = z.object({
  municipalityId: z.uuid(),
  schemeId: z.string().min(1).max(100),
  message: z.string().trim().min(1).max(5000).describe('The e-mail the municipality sent, or its gist'),
  receivedAt: isoDateTime.optional(),
  contactName: shortText(200),
  contactEmail: z.email().max(320),
  contactPhone: z.string().trim().max(50).optional(),
});

export const acceptBody = z.object({
  documentationDueOn: isoDate,
  meetingPlannedAt: isoDateTime.nullable().optional(),
  meetingLocation: z.string().trim().max(300).nullable().optional(),
});

export const timelineBody = acceptBody.partial();

export const declineBody = z.object({ reason: shortText(2000) });

export const documentationBody = z.object({
  explanation: longText(10_000),
  links: z.array(link).max(20),
});

export const attendee = z.object({ name: shortText(200), role: shortText(200) });

export const meetingBody = z.object({
  heldAt: isoDateTime,
  location: z.string().trim().max(300).nullable().optional(),
  attendance: z.array(attendee).min(1, 'Record at least one attendee').max(50),
  summary: z.string().max(10_000).nullable().optional(),
  notes: z
    .array(z.object({ criterionId: z.string().max(100), note: z.string().max(10_000) }))
    .max(500)
    .optional(),
});

export const goalBody = z.object({
  title: shortText(300),
  description: z.string().max(5000).default(''),
  targetDate: isoDate.nullable().optional(),
});

export const goalDecisionBody = z.object({
  status: z.enum(['proposed', 'agreed', 'rejected']),
  title: shortText(300).optional(),
  targetDate: isoDate.nullable().optional(),
});

export const bonusProjectBody = z.object({ title: shortText(300), description: z.string().max(5000).default('') });
export const bonusPointsBody = z.object({ pointsAwarded: z.number().min(0).max(100).nullable() });

export const scoreBody = z.object({
  notApplicable: z.boolean().default(false),
  points: z.number().min(0).max(1000).nullable().optional(),
  grade: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .nullable()
    .optional(),
  deviationRate: z.number().min(0).max(1).nullable().optional(),
  maturityLevel: z.number().int().min(0).max(10).nullable().optional(),
  conformity: z.enum(['conform', 'observation', 'improvement', 'minor', 'major']).nullable().optional(),
  comment: z.string().max(5000).nullable().optional(),
});

export const releaseBody = z.object({
  phoneCallAt: isoDateTime,
  phoneCallWith: shortText(200),
  nextSteps: z.string().trim().max(10_000).nullable().optional(),
});

const scoreView = z.object({
  notApplicable: z.boolean(),
  points: z.number().nullable(),
  grade: z.number().nullable(),
  deviationRate: z.number().nullable(),
  maturityLevel: z.number().nullable(),
  conformity: z.string().nullable(),
  comment: z.string().nullable(),
});

export const resultView = z.object({
  complete: z.boolean(),
  missingCriteria: z.array(z.string()),
  regularPoints: z.number(),
  maxRegularPoints: z.number(),
  bonusPoints: z.number(),
  totalPoints: z.number(),
  percentage: z.number().nullable(),
  passed: z.boolean(),
  passMark: z.number().nullable(),
  level: z.object({ id: z.string(), title: localized }).nullable(),
  reasons: z.array(
    z.object({
      code: z.string(),
      criterionId: z.string().optional(),
      detail: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  developmentGoalsReached: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe(
      'Goals of the previous round confirmed as reached and counted for bonus points; null for a first round or a scheme without goals',
    ),
});

export const evidenceView = z.object({
  id: z.uuid(),
  criterionId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.date(),
});

export const goalView = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  targetDate: z.string().nullable(),
  status: z.string(),
  createdAt: z.date(),
});

export const bonusProjectView = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  pointsAwarded: z.number().nullable(),
});

export const assessmentDetail = z.object({
  id: z.uuid(),
  status: assessmentStatus,
  round: z.number().int(),
  previousAssessmentId: z.uuid().nullable(),
  scheme: z.object({ id: z.string(), version: z.string(), catalogId: z.uuid(), title: localized }),
  certifier: z.object({ id: z.uuid(), name: z.string() }),
  municipality: z.object({ id: z.uuid(), name: z.string(), district: z.string().nullable() }),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  applicationChannel: z.enum(['portal', 'email']),
  applicationMessage: z.string(),
  appliedAt: z.date(),
  acceptedAt: z.date().nullable(),
  declinedReason: z.string().nullable(),
  documentationDueOn: z.string().nullable(),
  meetingPlannedAt: z.date().nullable(),
  meetingLocation: z.string().nullable(),
  meetingHeldAt: z.date().nullable(),
  meetingAttendance: z.array(attendee),
  meetingSummary: z.string().nullable(),
  meetingClosedAt: z.date().nullable(),
  releasedAt: z.date().nullable(),
  phoneCallAt: z.date().nullable(),
  phoneCallWith: z.string().nullable(),
  nextSteps: z.string().nullable(),
  certificateId: z.uuid().nullable(),
  openMajorCount: z.number().int().describe('Open major nonconformities: while above 0 they block the decision (ISO rule)'),
  criteria: z.array(
    z.object({
      criterionId: z.string(),
      explanation: z.string(),
      links: z.array(z.string()),
      documentedAt: z.date().nullable(),
      evidence: z.array(evidenceView),
      measuredEvidence: z.array(measuredEvidenceView).describe('dated snapshots of the measured figures of the matching promises'),
      meetingNote: z.string().nullable(),
      score: scoreView.nullable(),
    }),
  ),
  developmentGoals: z.array(goalView),
  bonusProjects: z.array(bonusProjectView),
  result: resultView.nullable(),
  permissions: z.object({
    seePoints: z.boolean(),
    editDocumentation: z.boolean(),
    recordMeeting: z.boolean(),
    proposeGoals: z.boolean(),
    score: z.boolean(),
    release: z.boolean(),
    openNewRound: z.boolean(),
  }),
});

export const assessmentListItem = z.object({
  id: z.uuid(),
  status: assessmentStatus,
  round: z.number().int(),
  municipalityId: z.uuid(),
  municipalityName: z.string(),
  certifierName: z.string(),
  schemeId: z.string(),
  catalogVersion: z.string(),
  schemeTitle: localized,
  appliedAt: z.date(),
  meetingPlannedAt: z.date().nullable(),
  releasedAt: z.date().nullable(),
  totalPoints: z.number().nullable(),
  passed: z.boolean().nullable(),
});

export type AssessmentDetail = z.infer<typeof assessmentDetail>;
export type ResultView = z.infer<typeof resultView>;
