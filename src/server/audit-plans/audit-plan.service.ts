import { flattenCriteria, type FlatCriterion } from '../../domain/catalog/catalog.schema.js';
import type { AssessmentRow } from '../assessments/assessment.repository.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import { type Actor, isCertifierStaff } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { AUDIT_PLAN_LABELS } from '../documents/audit-plan.labels.js';
import type { AuditPlanDocument, PlanCriterion } from '../documents/audit-plan.model.js';
import { buildAuditPlanPdf } from '../documents/audit-plan.pdf.js';
import { documentFileName } from '../documents/file-name.js';
import type { Locale } from '../documents/pdf-common.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.js';
import type { MailService } from '../mail/mail.service.js';
import type { QualityRepService } from '../quality-reps/quality-rep.service.js';
import { auditPlanMail } from './audit-plan.mail.js';
import { createAuditPlanRepository, type PlanItemRow } from './audit-plan.repository.js';
import type { AuditPlanView, PlanItemInput, PlanItemView } from './audit-plan.schemas.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  assessments: Pick<AssessmentService, 'load'>;
  qualityReps: Pick<QualityRepService, 'recipients'>;
  mail: Pick<MailService, 'enqueue' | 'nudge'>;
  auditTrail: AuditTrailService;
  now: () => Date;
  publicUrl: string | undefined;
};

const MAX_SLOT_MS = 12 * 3600_000;
// A plan belongs to an audit still to be decided; a decided one keeps the plan it was audited by.
const PLANNABLE: readonly AssessmentRow['status'][] = ['applied', 'documentation', 'meeting_held'];

function planPolicy(actor: Actor, row: AssessmentRow) {
  const certifier = isCertifierStaff(actor) && actor.organizationId === row.certifierId;
  const open = PLANNABLE.includes(row.status);
  return { certifier, edit: certifier && open, send: certifier && open };
}

function ensureEdit(actor: Actor, row: AssessmentRow): void {
  const policy = planPolicy(actor, row);
  if (!policy.certifier) throw new ForbiddenError('Only the certifier’s staff plan an audit; the municipality reads the plan');
  if (!policy.edit) throw new ConflictError(`The audit plan of an assessment that is "${row.status}" can no longer change`);
}

/**
 * The audit plan of one assessment: the certifier's staff plan slots across departments
 * (Dezernate), sites and processes; the municipality reads it, prints it and gets it by mail
 * through its quality representatives.
 */
export function createAuditPlanService({ db, catalogs, assessments, qualityReps, mail, auditTrail, now, publicUrl }: Deps) {
  function criteriaOf(row: AssessmentRow): Map<string, FlatCriterion> {
    return new Map(flattenCriteria(catalogs.get(row.catalogId).catalog).map((c) => [c.id, c]));
  }

  function planCriteria(row: AssessmentRow, ids: readonly string[]): PlanCriterion[] {
    const known = criteriaOf(row);
    return ids.map((id) => {
      const c = known.get(id);
      return { id, reference: c?.reference ?? null, title: c?.title ?? { de: id, en: id } };
    });
  }

  /** The checked values of a slot, or a 400 naming the field that is wrong. */
  async function slotValues(tx: DbOrTx, row: AssessmentRow, input: PlanItemInput) {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt) throw new ValidationError(`endsAt: must lie after startsAt (${input.startsAt} – ${input.endsAt})`);
    if (endsAt.getTime() - startsAt.getTime() > MAX_SLOT_MS)
      throw new ValidationError('endsAt: a slot lasts at most 12 hours; split a longer one into several slots');
    const known = criteriaOf(row);
    const unknown = input.criterionIds.find((id) => !known.has(id));
    if (unknown !== undefined) {
      const stored = catalogs.get(row.catalogId);
      throw new ValidationError(
        `criterionIds: "${unknown}" is not a criterion of this assessment's catalog (${stored.schemeId} ${stored.version})`,
      );
    }
    let auditorName = input.auditorName?.trim() ?? '';
    if (input.auditorUserId) {
      const user = (await createAuditPlanRepository(tx).auditors(row.certifierId)).find((u) => u.id === input.auditorUserId);
      if (!user) throw new ValidationError(`auditorUserId: ${input.auditorUserId} is not an active user of this certifier`);
      auditorName ||= user.name;
    }
    if (!auditorName) throw new ValidationError('auditorName: name the auditor, or choose one of the certifier’s users as auditorUserId');
    return {
      stage: input.stage ?? null,
      startsAt,
      endsAt,
      department: input.department,
      site: input.site,
      process: input.process,
      auditorUserId: input.auditorUserId ?? null,
      auditorName,
      interviewees: input.interviewees,
      criterionIds: [...new Set(input.criterionIds)],
      note: input.note,
    };
  }

  function itemView(row: AssessmentRow, item: PlanItemRow): PlanItemView {
    return {
      id: item.id,
      stage: item.stage,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      department: item.department,
      site: item.site,
      process: item.process,
      auditorUserId: item.auditorUserId,
      auditorName: item.auditorName,
      interviewees: item.interviewees,
      criteria: planCriteria(row, item.criterionIds),
      note: item.note,
    };
  }

  async function document(tx: DbOrTx, row: AssessmentRow, locale: Locale): Promise<AuditPlanDocument> {
    // one query after the other: inside a transaction they share one connection
    const repo = createAuditPlanRepository(tx);
    const items = await repo.list(row.id);
    const names = await repo.names(row);
    return {
      locale,
      generatedAt: now(),
      certifierName: names.certifier,
      municipalityName: names.municipality,
      schemeTitle: catalogs.get(row.catalogId).catalog.title,
      auditKind: row.kind,
      slots: items.map((i) => ({ ...i, criteria: planCriteria(row, i.criterionIds) })),
    };
  }

  /** A slot the actor may change, with its assessment locked for the transaction. */
  async function editableItem(actor: Actor, tx: DbOrTx, itemId: string) {
    const item = await createAuditPlanRepository(tx).find(actor.organizationId, itemId);
    if (!item) throw new NotFoundError(`Audit plan slot ${itemId} not found`);
    const row = await assessments.load(actor, item.assessmentId, tx, true);
    ensureEdit(actor, row);
    return { item, row };
  }

  return {
    async get(actor: Actor, assessmentId: string): Promise<AuditPlanView> {
      const row = await assessments.load(actor, assessmentId);
      const policy = planPolicy(actor, row);
      const repo = createAuditPlanRepository(db);
      const [items, auditors] = await Promise.all([repo.list(assessmentId), policy.certifier ? repo.auditors(row.certifierId) : []]);
      return {
        assessmentId,
        sentAt: row.auditPlanSentAt,
        items: items.map((i) => itemView(row, i)),
        auditors,
        permissions: { edit: policy.edit, send: policy.send },
      };
    },

    async create(actor: Actor, assessmentId: string, input: PlanItemInput): Promise<string> {
      return db.transaction(async (tx) => {
        const row = await assessments.load(actor, assessmentId, tx, true);
        ensureEdit(actor, row);
        const values = await slotValues(tx, row, input);
        const item = await createAuditPlanRepository(tx).insert({
          ...values,
          assessmentId,
          certifierId: row.certifierId,
          municipalityId: row.municipalityId,
        });
        return item.id;
      });
    },

    async update(actor: Actor, itemId: string, input: PlanItemInput): Promise<void> {
      await db.transaction(async (tx) => {
        const { row } = await editableItem(actor, tx, itemId);
        await createAuditPlanRepository(tx).update(itemId, await slotValues(tx, row, input));
      });
    },

    async remove(actor: Actor, itemId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await editableItem(actor, tx, itemId);
        await createAuditPlanRepository(tx).remove(itemId);
      });
    },

    async pdf(actor: Actor, assessmentId: string, lang: Locale | undefined): Promise<{ fileName: string; content: Buffer }> {
      const row = await assessments.load(actor, assessmentId);
      const locale = lang ?? actor.locale;
      const doc = await document(db, row, locale);
      const content = await buildAuditPlanPdf(doc);
      return { fileName: documentFileName(AUDIT_PLAN_LABELS[locale].fileName, doc.municipalityName, 'pdf'), content };
    },

    /**
     * Sends the plan to the municipality's active quality representatives and its central quality
     * manager, one mail each through the outbox, and records when it went out. Refused (409) while
     * the plan is empty or the municipality has named no representatives.
     */
    async send(actor: Actor, assessmentId: string): Promise<{ sentAt: Date; recipients: string[] }> {
      const sent = await db.transaction(async (tx) => {
        const row = await assessments.load(actor, assessmentId, tx, true);
        ensureEdit(actor, row);
        const doc = await document(tx, row, 'de');
        if (doc.slots.length === 0) throw new ConflictError('The audit plan has no slots yet; plan at least one before sending it');
        const recipients = await qualityReps.recipients(tx, row.municipalityId);
        if (recipients.length === 0) {
          throw new ConflictError(
            `${doc.municipalityName} has no quality representatives on file; its admin names them (quality representatives page) before the plan can be sent`,
          );
        }
        const link = publicUrl ? `${publicUrl.replace(/\/$/, '')}/verfahren/${assessmentId}?schritt=auditplan` : null;
        const { subject, body } = auditPlanMail(doc, link);
        for (const r of recipients) {
          await mail.enqueue(tx, {
            organizationId: row.municipalityId,
            to: r.email,
            subject,
            body,
            related: { type: 'assessment', id: assessmentId },
          });
        }
        const sentAt = now();
        await createAuditPlanRepository(tx).markSent(assessmentId, sentAt);
        await auditTrail.record(tx, actor, row, {
          entityType: 'audit_plan',
          entityId: assessmentId,
          action: 'sent',
          before: { sentAt: row.auditPlanSentAt },
          after: { sentAt, slots: doc.slots.length, recipients: recipients.map((r) => r.email) },
        });
        return { sentAt, recipients: recipients.map((r) => r.email) };
      });
      await mail.nudge();
      return sent;
    },
  };
}

export type AuditPlanService = ReturnType<typeof createAuditPlanService>;
