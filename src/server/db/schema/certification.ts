import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organization } from './accounts.js';
import { bytea, createdAt, id } from './columns.js';

// Seal schemes and the certification procedure (part 1).

/** One row per loaded catalog version; the definition is immutable once stored. */
export const catalog = pgTable(
  'catalog',
  {
    id: id(),
    schemeId: text('scheme_id').notNull(),
    version: text('version').notNull(),
    contentHash: text('content_hash').notNull(),
    definition: jsonb('definition').notNull(),
    loadedAt: createdAt(),
  },
  (t) => [uniqueIndex('catalog_scheme_version_uq').on(t.schemeId, t.version)],
);

/** Which certifier awards which scheme. */
export const schemeOffer = pgTable(
  'scheme_offer',
  {
    certifierId: uuid('certifier_id')
      .notNull()
      .references(() => organization.id),
    schemeId: text('scheme_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.certifierId, t.schemeId] })],
);

/** An initial audit leads to a certificate; surveillance and recertification audits belong to one. */
export const ASSESSMENT_KINDS = ['initial', 'surveillance', 'recertification'] as const;

export const ASSESSMENT_STATUSES = ['applied', 'documentation', 'meeting_held', 'passed', 'failed', 'declined'] as const;

/** One round of certifying a municipality against one catalog version. */
export const assessment = pgTable(
  'assessment',
  {
    id: id(),
    certifierId: uuid('certifier_id')
      .notNull()
      .references(() => organization.id),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => organization.id),
    catalogId: uuid('catalog_id')
      .notNull()
      .references(() => catalog.id),
    round: integer('round').notNull().default(1),
    kind: text('kind', { enum: ASSESSMENT_KINDS }).notNull().default('initial'),
    // the certificate a surveillance or recertification audit belongs to
    certificateId: uuid('certificate_id').references((): AnyPgColumn => certificate.id),
    previousAssessmentId: uuid('previous_assessment_id').references((): AnyPgColumn => assessment.id),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull(),
    contactUserId: uuid('contact_user_id').references(() => appUser.id),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    applicationChannel: text('application_channel', { enum: ['portal', 'email'] }).notNull(),
    applicationMessage: text('application_message').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    declinedReason: text('declined_reason'),
    documentationDueOn: date('documentation_due_on'),
    meetingPlannedAt: timestamp('meeting_planned_at', { withTimezone: true }),
    meetingLocation: text('meeting_location'),
    meetingHeldAt: timestamp('meeting_held_at', { withTimezone: true }),
    meetingAttendance: jsonb('meeting_attendance').$type<{ name: string; role: string }[]>().notNull().default([]),
    meetingSummary: text('meeting_summary'),
    meetingClosedAt: timestamp('meeting_closed_at', { withTimezone: true }),
    result: jsonb('result'), // the engine's result, frozen at release
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: uuid('released_by').references(() => appUser.id),
    phoneCallAt: timestamp('phone_call_at', { withTimezone: true }),
    phoneCallWith: text('phone_call_with'),
    nextSteps: text('next_steps'),
    // digital maturity (DQD): the digital budget as a share of the total budget
    digitalBudgetEuro: numeric('digital_budget_euro', { precision: 14, scale: 2, mode: 'number' }),
    totalBudgetEuro: numeric('total_budget_euro', { precision: 14, scale: 2, mode: 'number' }),
    selfAssessmentSubmittedAt: timestamp('self_assessment_submitted_at', { withTimezone: true }),
    // when the audit plan last went to the municipality's quality representatives
    auditPlanSentAt: timestamp('audit_plan_sent_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessment_certificate_idx').on(t.certificateId),
    index('assessment_certifier_idx').on(t.certifierId, t.status),
    index('assessment_municipality_idx').on(t.municipalityId),
    index('assessment_catalog_idx').on(t.catalogId),
    index('assessment_previous_idx').on(t.previousAssessmentId),
    index('assessment_contact_idx').on(t.contactUserId),
    index('assessment_released_by_idx').on(t.releasedBy),
    // one open round per municipality and scheme offer: a double submit cannot create two
    uniqueIndex('assessment_open_round_uq')
      .on(t.municipalityId, t.certifierId, t.catalogId)
      .where(sql`status in ('applied', 'documentation', 'meeting_held')`),
  ],
);

/**
 * Per criterion: the municipality's documentation, the meeting note and the auditor's
 * score are separate fields, so a score never hides in a note.
 */
export const assessmentCriterion = pgTable(
  'assessment_criterion',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    explanation: text('explanation').notNull().default(''),
    links: jsonb('links').$type<string[]>().notNull().default([]),
    meetingNote: text('meeting_note'),
    notApplicable: boolean('not_applicable').notNull().default(false),
    points: numeric('points', { precision: 6, scale: 2, mode: 'number' }),
    grade: smallint('grade'),
    deviationRate: numeric('deviation_rate', { precision: 5, scale: 4, mode: 'number' }),
    maturityLevel: smallint('maturity_level'),
    conformity: text('conformity', { enum: ['conform', 'observation', 'improvement', 'minor', 'major'] }),
    scoreComment: text('score_comment'),
    // digital maturity: the municipality's own rating before the auditor's
    selfMaturityLevel: smallint('self_maturity_level'),
    selfComment: text('self_comment'),
    documentedAt: timestamp('documented_at', { withTimezone: true }),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.criterionId] }), index('assessment_criterion_municipality_idx').on(t.municipalityId)],
);

/** File bytes live in the database so an upload and its record commit together. */
export const fileBlob = pgTable('file_blob', {
  sha256: text('sha256').primaryKey(),
  content: bytea('content').notNull(),
  size: integer('size').notNull(),
  mediaType: text('media_type').notNull(),
  createdAt: createdAt(),
});

export const evidenceFile = pgTable(
  'evidence_file',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => fileBlob.sha256),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => appUser.id),
    uploadedAt: createdAt(),
  },
  (t) => [
    index('evidence_file_assessment_idx').on(t.assessmentId, t.criterionId),
    index('evidence_file_sha_idx').on(t.sha256),
    index('evidence_file_uploaded_by_idx').on(t.uploadedBy),
    uniqueIndex('evidence_file_dedupe_uq').on(t.assessmentId, t.criterionId, t.sha256),
  ],
);

export const developmentGoal = pgTable(
  'development_goal',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    targetDate: date('target_date'),
    status: text('status', { enum: ['proposed', 'agreed', 'rejected', 'reached', 'missed'] }).notNull(),
    proposedBy: uuid('proposed_by').references(() => appUser.id),
    // between audits: when the municipality reports it reached, and when the certifier confirmed it
    reachedOn: date('reached_on'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('development_goal_assessment_idx').on(t.assessmentId),
    index('development_goal_proposed_by_idx').on(t.proposedBy),
    index('development_goal_confirmed_by_idx').on(t.confirmedBy),
  ],
);

export const bonusProject = pgTable(
  'bonus_project',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    pointsAwarded: numeric('points_awarded', { precision: 6, scale: 2, mode: 'number' }),
    createdAt: createdAt(),
  },
  (t) => [index('bonus_project_assessment_idx').on(t.assessmentId)],
);

export const certificate = pgTable(
  'certificate',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id),
    certifierId: uuid('certifier_id')
      .notNull()
      .references(() => organization.id),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => organization.id),
    schemeId: text('scheme_id').notNull(),
    catalogVersion: text('catalog_version').notNull(),
    number: text('number').notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until').notNull(),
    status: text('status', { enum: ['valid', 'suspended', 'expired', 'withdrawn'] })
      .notNull()
      .default('valid'),
    issuedAt: createdAt(),
    handoverOn: date('handover_on'),
    handoverForm: text('handover_form'),
    plaqueStatus: text('plaque_status', { enum: ['not_ordered', 'ordered', 'produced', 'delivered'] })
      .notNull()
      .default('not_ordered'),
    keyVisualSentAt: timestamp('key_visual_sent_at', { withTimezone: true }),
    termsAcknowledgedAt: timestamp('terms_acknowledged_at', { withTimezone: true }),
    termsAcknowledgedBy: uuid('terms_acknowledged_by').references(() => appUser.id),
    // the certificate this one renews (recertification): the chain of a municipality's seal
    previousCertificateId: uuid('previous_certificate_id').references((): AnyPgColumn => certificate.id),
    // digital maturity: the level reached ("Wir sind aktiv" …), shown on the certificate
    level: text('level'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    // the earliest due date among its open audits, kept with every change to them: the
    // overview sorts and the state is computed from it without looking at the audits
    nextAuditDueOn: date('next_audit_due_on'),
  },
  (t) => [
    index('certificate_next_audit_idx').on(t.certifierId, t.nextAuditDueOn),
    index('certificate_previous_idx').on(t.previousCertificateId),
    uniqueIndex('certificate_number_uq').on(t.number),
    uniqueIndex('certificate_assessment_uq').on(t.assessmentId),
    index('certificate_certifier_idx').on(t.certifierId),
    index('certificate_municipality_idx').on(t.municipalityId),
    index('certificate_terms_by_idx').on(t.termsAcknowledgedBy),
  ],
);

/** Append-only: a trigger in the migration refuses UPDATE and DELETE. */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => appUser.id),
    certifierId: uuid('certifier_id'),
    municipalityId: uuid('municipality_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_event_entity_idx').on(t.entityType, t.entityId),
    index('audit_event_certifier_idx').on(t.certifierId, t.occurredAt),
    index('audit_event_actor_idx').on(t.actorUserId),
  ],
);
