import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser, organization } from './accounts.js';
import { createdAt, id } from './columns.js';
import { assessment, certificate, developmentGoal } from './certification.js';

// The certificate's life after the award (part 3): the audits it owes, audit plans, quality
// representatives, findings with corrective actions, progress on development goals, and the
// online-service check of a digital maturity assessment. Every row carries the certifier and
// municipality it belongs to.

export const CYCLE_AUDIT_KINDS = ['surveillance', 'recertification'] as const;
export const CYCLE_AUDIT_OUTCOMES = ['maintained', 'suspended', 'renewed', 'not_renewed'] as const;

/** An audit a certificate owes, made from the scheme's intervals when the certificate is issued. */
export const certificateAudit = pgTable(
  'certificate_audit',
  {
    id: id(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificate.id),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    kind: text('kind', { enum: CYCLE_AUDIT_KINDS }).notNull(),
    sequence: smallint('sequence').notNull(),
    dueOn: date('due_on').notNull(),
    // the assessment that performs it, once started
    assessmentId: uuid('assessment_id').references(() => assessment.id),
    completedOn: date('completed_on'),
    outcome: text('outcome', { enum: CYCLE_AUDIT_OUTCOMES }),
    reminderSentOn: date('reminder_sent_on'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('certificate_audit_uq').on(t.certificateId, t.kind, t.sequence),
    uniqueIndex('certificate_audit_assessment_uq').on(t.assessmentId),
    // the certifier's overview: open audits by due date
    index('certificate_audit_due_idx')
      .on(t.certifierId, t.dueOn)
      .where(sql`completed_on is null`),
    index('certificate_audit_municipality_idx').on(t.municipalityId),
  ],
);

export const PLAN_STAGES = ['stage1', 'stage2', 'surveillance', 'recertification'] as const;

/** One slot of an audit plan: when, where, which department and process, who audits, who is interviewed, what is covered. */
export const auditPlanItem = pgTable(
  'audit_plan_item',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    stage: text('stage', { enum: PLAN_STAGES }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    department: text('department').notNull(), // Dezernat / Fachbereich
    site: text('site').notNull().default(''), // e.g. Bauhof, Archiv, Außenstelle
    process: text('process').notNull().default(''),
    auditorUserId: uuid('auditor_user_id').references(() => appUser.id),
    auditorName: text('auditor_name').notNull(),
    interviewees: text('interviewees').notNull().default(''),
    criterionIds: jsonb('criterion_ids').$type<string[]>().notNull().default([]),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('audit_plan_item_assessment_idx').on(t.assessmentId, t.startsAt), index('audit_plan_item_auditor_idx').on(t.auditorUserId)],
);

/** Quality representatives per department, and the central quality manager, of a municipality. */
export const qualityRepresentative = pgTable(
  'quality_representative',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => organization.id),
    department: text('department').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    centralManager: boolean('central_manager').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index('quality_representative_municipality_idx').on(t.municipalityId),
    uniqueIndex('quality_representative_central_uq')
      .on(t.municipalityId)
      .where(sql`central_manager and active`),
  ],
);

export const FINDING_GRADES = ['major', 'minor', 'observation', 'improvement'] as const;
export const FINDING_STATUSES = ['open', 'closed'] as const;

/**
 * A finding of an audit on one criterion. The auditor's internal note is never shown to the
 * municipality; the municipality answers in its own field.
 */
export const finding = pgTable(
  'finding',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    grade: text('grade', { enum: FINDING_GRADES }).notNull(),
    status: text('status', { enum: FINDING_STATUSES }).notNull().default('open'),
    description: text('description').notNull(),
    evidence: text('evidence').notNull().default(''),
    rootCause: text('root_cause').notNull().default(''),
    internalNote: text('internal_note').notNull().default(''),
    municipalityResponse: text('municipality_response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    // carried over from the previous audit of the same certificate (open findings move on)
    carriedFromId: uuid('carried_from_id').references((): AnyPgColumn => finding.id),
    // a minor nonconformity still open at the next audit becomes major
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => appUser.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('finding_assessment_idx').on(t.assessmentId, t.criterionId),
    index('finding_open_major_idx')
      .on(t.assessmentId)
      .where(sql`status = 'open' and grade = 'major'`),
    index('finding_municipality_idx').on(t.municipalityId),
    index('finding_carried_from_idx').on(t.carriedFromId),
    index('finding_closed_by_idx').on(t.closedBy),
    index('finding_created_by_idx').on(t.createdBy),
  ],
);

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export const EFFECTIVENESS = ['effective', 'not_effective'] as const;

/** A corrective action for a finding: owner, due date, status, and the effectiveness check at the next audit. */
export const correctiveAction = pgTable(
  'corrective_action',
  {
    id: id(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => finding.id, { onDelete: 'cascade' }),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    description: text('description').notNull(),
    ownerName: text('owner_name').notNull(),
    ownerEmail: text('owner_email'),
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    completedOn: date('completed_on'),
    completionNote: text('completion_note'),
    effectiveness: text('effectiveness', { enum: EFFECTIVENESS }),
    effectivenessNote: text('effectiveness_note'),
    effectivenessCheckedAt: timestamp('effectiveness_checked_at', { withTimezone: true }),
    effectivenessCheckedBy: uuid('effectiveness_checked_by').references(() => appUser.id),
    // the audit at which the effectiveness was checked
    effectivenessAssessmentId: uuid('effectiveness_assessment_id').references(() => assessment.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('corrective_action_finding_idx').on(t.findingId),
    index('corrective_action_municipality_idx').on(t.municipalityId, t.dueOn),
    index('corrective_action_checked_by_idx').on(t.effectivenessCheckedBy),
    index('corrective_action_assessment_idx').on(t.effectivenessAssessmentId),
    index('corrective_action_created_by_idx').on(t.createdBy),
  ],
);

/** Progress on an agreed development goal between audits: a note, optionally a link as evidence. */
export const goalProgress = pgTable(
  'goal_progress',
  {
    id: id(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => developmentGoal.id, { onDelete: 'cascade' }),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    note: text('note').notNull(),
    link: text('link'),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [index('goal_progress_goal_idx').on(t.goalId, t.createdAt), index('goal_progress_created_by_idx').on(t.createdBy)],
);

/**
 * Digital maturity, outside perspective: which services are really online, each with its OZG
 * maturity level 0 (offline) … 4 (online transaction): as the municipality states it, and as the
 * auditor found it.
 */
export const onlineServiceCheck = pgTable(
  'online_service_check',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    name: text('name').notNull(),
    leikaKey: text('leika_key'),
    url: text('url'),
    statedLevel: smallint('stated_level').notNull(),
    checkedLevel: smallint('checked_level'),
    note: text('note').notNull().default(''),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('online_service_check_assessment_idx').on(t.assessmentId)],
);
