import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { createdAt, id } from './columns.js';
import { assessment, fileBlob } from './certification.js';

// Service promises (part 2): working calendars, promises, pilots, cases with their event
// log, imports, callbacks, complaints, the mail outbox and measured evidence for audits.
// Every row carries the organization_id of the administration (municipality or district)
// it belongs to; every query filters by it.

export const DEADLINE_UNITS = ['working_days', 'days', 'weeks', 'months'] as const;
export const PROMISE_AREAS = ['business_development', 'trade_registration', 'building_control'] as const;
/** What the system itself files under a promise: callback requests, delay notices. */
export const PROMISE_ROLES = ['callback', 'delay_notice'] as const;

/**
 * The working-day calendar of an administration: its holiday region and local closure days.
 * Immutable: a change is a new version, and every case records the version it was measured
 * against, so an old figure can be reproduced after the calendar changed.
 */
export const workingCalendar = pgTable(
  'working_calendar',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    version: integer('version').notNull(),
    region: text('region').notNull(), // date-holidays code: DE-NW, DE-BY-KATH, …
    closureDays: jsonb('closure_days').$type<{ date: string; reason: string }[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('working_calendar_version_uq').on(t.organizationId, t.version),
    index('working_calendar_created_by_idx').on(t.createdBy),
  ],
);

/**
 * One version of a promise. `key` is stable across versions; a change retires the row and
 * inserts the next version, so cases keep pointing at the wording they were measured against.
 */
export const servicePromise = pgTable(
  'service_promise',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    number: smallint('number'), // position in the published list ("Versprechen 3")
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    area: text('area', { enum: PROMISE_AREAS }).notNull(),
    role: text('role', { enum: PROMISE_ROLES }),
    startEvent: text('start_event').notNull(),
    stopEvent: text('stop_event').notNull(),
    // no amount: a promise without a deadline (a pilot, an overview of documents)
    amount: integer('amount'),
    unit: text('unit', { enum: DEADLINE_UNITS }),
    warningFraction: numeric('warning_fraction', { precision: 3, scale: 2, mode: 'number' }).notNull().default(0.75),
    allowedDeviationRate: numeric('allowed_deviation_rate', { precision: 5, scale: 4, mode: 'number' }).notNull().default(0.15),
    leikaKey: text('leika_key'),
    criterionRefs: jsonb('criterion_refs').$type<{ schemeId: string; criterionId: string }[]>().notNull().default([]),
    published: boolean('published').notNull().default(true),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('service_promise_version_uq').on(t.organizationId, t.key, t.version),
    // one current version per key, and one current promise per system role
    uniqueIndex('service_promise_current_uq')
      .on(t.organizationId, t.key)
      .where(sql`retired_at is null`),
    uniqueIndex('service_promise_role_uq')
      .on(t.organizationId, t.role)
      .where(sql`retired_at is null and role is not null`),
    index('service_promise_created_by_idx').on(t.createdBy),
  ],
);

/** Pilots (Lotsen): the business's single point of contact; the public card shows name and channels. */
export const pilot = pgTable(
  'pilot',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    userId: uuid('user_id').references(() => appUser.id),
    name: text('name').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    email: text('email').notNull(),
    phone: text('phone'),
    areas: jsonb('areas').$type<(typeof PROMISE_AREAS)[number][]>().notNull().default([]),
    publicCard: boolean('public_card').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('pilot_organization_idx').on(t.organizationId), uniqueIndex('pilot_user_uq').on(t.userId)],
);

export const CASE_STATUSES = ['open', 'paused', 'fulfilled', 'excluded'] as const;
export const CASE_SOURCES = ['manual', 'api', 'csv', 'xlsx', 'xgewerbe', 'callback_form'] as const;

/**
 * A business request measured against one promise version and one calendar version.
 * `status` is the lifecycle; on time / at risk / overdue / met / missed derive from the
 * stored dates. due_on and warning_on are rebuilt from the event log on every event.
 */
export const serviceCase = pgTable(
  'service_case',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    promiseId: uuid('promise_id')
      .notNull()
      .references(() => servicePromise.id),
    calendarId: uuid('calendar_id')
      .notNull()
      .references(() => workingCalendar.id),
    source: text('source', { enum: CASE_SOURCES }).notNull(),
    externalId: text('external_id'),
    reference: text('reference').notNull(), // file number shown to staff
    subject: text('subject').notNull().default(''),
    // personal data of the business contact: erasable, never in figures
    businessName: text('business_name'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    details: jsonb('details').$type<Record<string, string>>().notNull().default({}),
    pilotId: uuid('pilot_id').references(() => pilot.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on').notNull(), // Europe/Berlin date of receipt
    dueOn: date('due_on'), // null: no deadline, or paused without end
    warningOn: date('warning_on'),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('open'),
    fulfilledOn: date('fulfilled_on'),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    // working days from receipt to fulfilment, paused days not counted
    durationWorkingDays: integer('duration_working_days'),
    exclusionReason: text('exclusion_reason'),
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    delayNoticeSentAt: timestamp('delay_notice_sent_at', { withTimezone: true }),
    personalDataErasedAt: timestamp('personal_data_erased_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // a re-import of the same external id finds the case instead of creating a second one
    uniqueIndex('service_case_external_uq')
      .on(t.organizationId, t.source, t.externalId)
      .where(sql`external_id is not null`),
    // figures: the administrations of a district and a range of receipt dates, answered by an
    // index-only scan: every column the figures read is in the key (drizzle has no INCLUDE)
    index('service_case_figures_idx').on(
      t.organizationId,
      t.receivedOn,
      t.promiseId,
      t.status,
      t.dueOn,
      t.fulfilledOn,
      t.durationWorkingDays,
    ),
    index('service_case_worklist_idx').on(t.organizationId, t.status, t.dueOn),
    // figures: the few cases whose outcome still depends on today (case_figure_rollup holds the rest)
    index('service_case_unsettled_idx')
      .on(t.organizationId, t.receivedOn, t.promiseId, t.status, t.dueOn)
      .where(sql`status in ('open', 'paused')`),
    index('service_case_warning_idx')
      .on(t.warningOn)
      .where(sql`status = 'open' and warned_at is null`),
    index('service_case_pilot_idx').on(t.pilotId),
    index('service_case_promise_idx').on(t.promiseId),
    index('service_case_calendar_idx').on(t.calendarId),
  ],
);

/**
 * The settled cases (fulfilled or excluded: their outcome no longer depends on today) counted
 * per administration, promise version and month of receipt, one column per outcome. With
 * case_duration_rollup maintained by statement triggers on service_case (migration
 * case_figure_rollup), so every write path keeps both exact; the figures of whole months
 * read these few rows instead of every case.
 */
export const caseFigureRollup = pgTable(
  'case_figure_rollup',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    receivedMonth: date('received_month').notNull(), // the first day of the month of receipt
    promiseId: uuid('promise_id')
      .notNull()
      .references(() => servicePromise.id),
    onTimeCases: integer('on_time_cases').notNull().default(0),
    lateCases: integer('late_cases').notNull().default(0),
    // fulfilled, neither on time nor late: no due date (a promise without deadline)
    noDeadlineCases: integer('no_deadline_cases').notNull().default(0),
    excludedCases: integer('excluded_cases').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'case_figure_rollup_pk', columns: [t.organizationId, t.receivedMonth, t.promiseId] }),
    index('case_figure_rollup_promise_idx').on(t.promiseId),
  ],
);

export const DURATION_GRAINS = ['month', 'year'] as const;

/**
 * The fulfilled cases with a duration counted per administration, promise version, month or
 * year of receipt and working-day duration: the histogram the median and 90th percentile
 * come from, exactly as percentile_cont over the cases would give them. Every case is
 * counted twice, in its month and in its year, so a period of whole years reads a twelfth
 * of the rows. Maintained with case_figure_rollup.
 */
export const caseDurationRollup = pgTable(
  'case_duration_rollup',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    grain: text('grain', { enum: DURATION_GRAINS }).notNull(),
    receivedFrom: date('received_from').notNull(), // the first day of the month or year of receipt
    promiseId: uuid('promise_id')
      .notNull()
      .references(() => servicePromise.id),
    durationWorkingDays: integer('duration_working_days').notNull(),
    cases: integer('cases').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'case_duration_rollup_pk',
      columns: [t.organizationId, t.grain, t.receivedFrom, t.promiseId, t.durationWorkingDays],
    }),
    index('case_duration_rollup_promise_idx').on(t.promiseId),
  ],
);

/**
 * A counter per administration that every statement changing its cases or promises raises
 * (statement triggers, migration figures_version): the figures service keeps computed figures
 * while the counters of the administrations they cover stand still. A counter is raised inside
 * the writing transaction, so a reader that sees the new counter sees the new cases too.
 */
export const figuresVersion = pgTable('figures_version', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

export const CASE_EVENT_KINDS = [
  'received',
  'assigned',
  'paused',
  'resumed',
  'fulfilled',
  'reopened',
  'excluded',
  'included',
  'warning_raised',
  'delay_notice_sent',
  'personal_data_erased',
] as const;

/** Append-only (a trigger refuses UPDATE and DELETE): the case's state is rebuilt from it. */
export const caseEvent = pgTable(
  'case_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => serviceCase.id),
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    onDate: date('on_date').notNull(), // the Berlin date the event counts for
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => appUser.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_event_case_idx').on(t.caseId, t.id), index('case_event_actor_idx').on(t.actorUserId)],
);

export const IMPORT_FORMATS = ['csv', 'xlsx', 'xgewerbe'] as const;
export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** A file of cases being imported by a background job; progress is committed batch by batch. */
export const caseImport = pgTable(
  'case_import',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    format: text('format', { enum: IMPORT_FORMATS }).notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => fileBlob.sha256),
    promiseId: uuid('promise_id').references(() => servicePromise.id), // default promise for rows that name none
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('queued'),
    totalRows: integer('total_rows'),
    processedRows: integer('processed_rows').notNull().default(0),
    createdCount: integer('created_count').notNull().default(0),
    duplicateCount: integer('duplicate_count').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    errors: jsonb('errors').$type<{ line: number; message: string }[]>().notNull().default([]),
    failureMessage: text('failure_message'),
    // the worker running the import holds a lease it renews with every batch; one whose
    // lease ran out (a killed process) is picked up again and resumes after processed_rows
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('case_import_organization_idx').on(t.organizationId, t.createdAt),
    index('case_import_sha_idx').on(t.sha256),
    index('case_import_promise_idx').on(t.promiseId),
    index('case_import_created_by_idx').on(t.createdBy),
    index('case_import_unfinished_idx')
      .on(t.leaseUntil)
      .where(sql`status in ('queued', 'running')`),
  ],
);

export const COMPLAINT_CHANNELS = ['web_form', 'email', 'phone', 'letter', 'in_person'] as const;
export const COMPLAINT_TYPES = ['complaint', 'idea', 'praise'] as const;
export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high'] as const;
export const COMPLAINT_STATUSES = ['received', 'acknowledged', 'in_progress', 'responded', 'closed'] as const;

/**
 * The complaint office (ISO 10002: receive, acknowledge, assess, investigate, respond,
 * communicate the decision, close). Personal data can be erased; the statistics stay.
 */
export const complaint = pgTable(
  'complaint',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    number: text('number').notNull(), // B-2026-0007, per administration
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    type: text('type', { enum: COMPLAINT_TYPES }).notNull().default('complaint'),
    severity: text('severity', { enum: COMPLAINT_SEVERITIES }),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull().default('received'),
    anonymous: boolean('anonymous').notNull().default(false),
    consent: boolean('consent').notNull().default(false), // to store and use the contact data
    complainantName: text('complainant_name'),
    complainantEmail: text('complainant_email'),
    complainantPhone: text('complainant_phone'),
    promiseId: uuid('promise_id').references(() => servicePromise.id),
    caseId: uuid('case_id').references(() => serviceCase.id),
    description: text('description').notNull(),
    remedySought: text('remedy_sought'),
    acknowledgementDueOn: date('acknowledgement_due_on').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    assessment: text('assessment'),
    assigneeUserId: uuid('assignee_user_id').references(() => appUser.id),
    investigation: text('investigation'),
    responseDueOn: date('response_due_on'),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    decisionCommunicatedAt: timestamp('decision_communicated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    satisfaction: smallint('satisfaction'), // 1 (very dissatisfied) … 5 (very satisfied)
    rootCause: text('root_cause'),
    correctiveAction: text('corrective_action'),
    personalDataErasedAt: timestamp('personal_data_erased_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaint_number_uq').on(t.organizationId, t.number),
    index('complaint_status_idx').on(t.organizationId, t.status, t.receivedAt),
    index('complaint_promise_idx').on(t.promiseId),
    index('complaint_case_idx').on(t.caseId),
    index('complaint_assignee_idx').on(t.assigneeUserId),
  ],
);

export const COMPLAINT_STEPS = [
  'received',
  'acknowledged',
  'assessed',
  'investigated',
  'responded',
  'decision_communicated',
  'closed',
  'personal_data_erased',
] as const;

/**
 * Who took which ISO 10002 step of a complaint and when. Append-only (a trigger refuses
 * UPDATE and DELETE) and free of personal data (`data` holds only codes such as the
 * channel a decision went out by), so it outlives a GDPR erasure unchanged.
 */
export const complaintEvent = pgTable(
  'complaint_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaint.id),
    organizationId: uuid('organization_id').notNull(),
    step: text('step', { enum: COMPLAINT_STEPS }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => appUser.id), // null: the public form
    data: jsonb('data').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [index('complaint_event_complaint_idx').on(t.complaintId, t.id), index('complaint_event_actor_idx').on(t.actorUserId)],
);

export const MAIL_STATUSES = ['pending', 'sent', 'failed', 'held'] as const;

/**
 * Transactional outbox: a mail is written in the same transaction as the change that
 * causes it and sent by a job after commit. Without SMTP configured it stays `held`
 * and is read on the outbox page.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    organizationId: uuid('organization_id').references(() => organization.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    // a claimed mail is leased until then; a failed one waits until then for its retry
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    messageId: text('message_id'),
    relatedType: text('related_type'), // service_case, complaint, …
    relatedId: text('related_id'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_organization_idx').on(t.organizationId, t.createdAt),
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * Measured figures of a promise attached to an assessment criterion as dated evidence:
 * a snapshot, so the auditor sees what was measured on that day even after new cases arrive.
 */
export const measuredEvidence = pgTable(
  'measured_evidence',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    certifierId: uuid('certifier_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    promiseKey: text('promise_key').notNull(),
    promiseTitle: text('promise_title').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    cases: integer('cases').notNull(),
    onTime: integer('on_time').notNull(),
    late: integer('late').notNull(),
    deviationRate: numeric('deviation_rate', { precision: 5, scale: 4, mode: 'number' }),
    allowedDeviationRate: numeric('allowed_deviation_rate', { precision: 5, scale: 4, mode: 'number' }).notNull(),
    medianWorkingDays: numeric('median_working_days', { precision: 8, scale: 2, mode: 'number' }),
    p90WorkingDays: numeric('p90_working_days', { precision: 8, scale: 2, mode: 'number' }),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    attachedBy: uuid('attached_by').references(() => appUser.id),
  },
  (t) => [
    index('measured_evidence_assessment_idx').on(t.assessmentId, t.criterionId),
    index('measured_evidence_attached_by_idx').on(t.attachedBy),
  ],
);

/** Secrets the platform makes for itself on first start (e.g. the key that signs public form tokens). */
export const appSecret = pgTable('app_secret', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});
