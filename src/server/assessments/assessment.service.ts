import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { type Actor, requireCertifierStaff, requireMunicipalityStaff } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.js';
import { createOrganizationRepository } from '../organizations/organization.repository.js';
import { isUniqueViolation } from '../db/errors.js';
import { computeResult, previousGoalsReached } from './assessment.scoring.js';
import { assessmentPolicy, ensure } from './assessment.policy.js';
import { type AssessmentRow, createAssessmentRepository } from './assessment.repository.js';
import type { AssessmentDetail } from './assessment.schemas.js';
import { toMeasuredEvidenceView } from '../figures/measured-evidence.schemas.js';

export type AssessmentDeps = {
  db: Db;
  catalogs: CatalogService;
  auditTrail: AuditTrailService;
  now: () => Date;
};

/**
 * The certification procedure from first contact to acceptance, and the shaped
 * views of it. Documentation, meeting and result each have their own service.
 */
export function createAssessmentService(deps: AssessmentDeps) {
  const { db, catalogs, now } = deps;

  async function load(actor: Actor, id: string, tx: DbOrTx = db, forUpdate = false): Promise<AssessmentRow> {
    const row = await createAssessmentRepository(tx).find({ organizationId: actor.organizationId }, id, { forUpdate });
    if (!row) throw new NotFoundError(`Assessment ${id} not found`);
    return row;
  }

  async function openProcedure(
    tx: DbOrTx,
    input: {
      certifierId: string;
      municipalityId: string;
      schemeId: string;
      contactUserId: string | null;
      contactName: string;
      contactEmail: string;
      contactPhone?: string | undefined;
      channel: 'portal' | 'email';
      message: string;
      appliedAt: Date;
    },
  ) {
    const orgs = createOrganizationRepository(tx);
    if (!(await orgs.offer(input.certifierId, input.schemeId))) {
      throw new ValidationError(`Certifier ${input.certifierId} does not award scheme "${input.schemeId}"`);
    }
    const catalog = catalogs.latest(input.schemeId);
    try {
      return await createAssessmentRepository(tx).insert({
        certifierId: input.certifierId,
        municipalityId: input.municipalityId,
        catalogId: catalog.id,
        status: 'applied',
        contactUserId: input.contactUserId,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone ?? null,
        applicationChannel: input.channel,
        applicationMessage: input.message,
        appliedAt: input.appliedAt,
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new ConflictError(`An open application for "${input.schemeId}" already exists for this municipality`);
      throw err;
    }
  }

  return {
    load,

    /** Step 1: the municipality's contact person applies informally and becomes the named contact. */
    async apply(actor: Actor, body: { certifierId: string; schemeId: string; message: string; contactPhone?: string | undefined }) {
      requireMunicipalityStaff(actor);
      const row = await db.transaction(async (tx) => {
        const created = await openProcedure(tx, {
          ...body,
          municipalityId: actor.organizationId,
          contactUserId: actor.userId,
          contactName: actor.displayName,
          contactEmail: actor.email,
          channel: 'portal',
          appliedAt: now(),
        });
        await deps.auditTrail.record(tx, actor, created, {
          entityType: 'assessment',
          entityId: created.id,
          action: 'applied',
          before: null,
          after: { status: 'applied' },
        });
        return created;
      });
      return row.id;
    },

    /** Step 1, the other way in: the certifier records an e-mail the municipality sent. */
    async recordContact(
      actor: Actor,
      body: {
        municipalityId: string;
        schemeId: string;
        message: string;
        receivedAt?: string | undefined;
        contactName: string;
        contactEmail: string;
        contactPhone?: string | undefined;
      },
    ) {
      requireCertifierStaff(actor);
      const row = await db.transaction(async (tx) => {
        if (!(await createOrganizationRepository(tx).find(body.municipalityId, 'municipality'))) {
          throw new NotFoundError(`Municipality ${body.municipalityId} not found`);
        }
        const created = await openProcedure(tx, {
          ...body,
          certifierId: actor.organizationId,
          contactUserId: null,
          channel: 'email',
          appliedAt: body.receivedAt ? new Date(body.receivedAt) : now(),
        });
        await deps.auditTrail.record(tx, actor, created, {
          entityType: 'assessment',
          entityId: created.id,
          action: 'contact_recorded',
          before: null,
          after: { status: 'applied' },
        });
        return created;
      });
      return row.id;
    },

    /** Step 2: the certifier accepts, sets the timeline and opens the documentation table. */
    async accept(
      actor: Actor,
      id: string,
      body: { documentationDueOn: string; meetingPlannedAt?: string | null | undefined; meetingLocation?: string | null | undefined },
    ) {
      await db.transaction(async (tx) => {
        const row = await load(actor, id, tx, true);
        ensure(actor, row, 'accept');
        const repo = createAssessmentRepository(tx);
        const catalog = catalogs.get(row.catalogId).catalog;
        await repo.insertCriteria(
          flattenCriteria(catalog).map((c) => ({
            assessmentId: id,
            criterionId: c.id,
            certifierId: row.certifierId,
            municipalityId: row.municipalityId,
          })),
        );
        const updated = await repo.update(id, {
          status: 'documentation',
          acceptedAt: now(),
          documentationDueOn: body.documentationDueOn,
          meetingPlannedAt: body.meetingPlannedAt ? new Date(body.meetingPlannedAt) : null,
          meetingLocation: body.meetingLocation ?? null,
        });
        await deps.auditTrail.record(tx, actor, row, {
          entityType: 'assessment',
          entityId: id,
          action: 'accepted',
          before: { status: row.status },
          after: { status: updated.status, documentationDueOn: updated.documentationDueOn },
        });
      });
    },

    async decline(actor: Actor, id: string, reason: string) {
      await db.transaction(async (tx) => {
        const row = await load(actor, id, tx, true);
        ensure(actor, row, 'accept');
        await createAssessmentRepository(tx).update(id, { status: 'declined', declinedReason: reason });
        await deps.auditTrail.record(tx, actor, row, {
          entityType: 'decision',
          entityId: id,
          action: 'declined',
          before: { status: row.status },
          after: { status: 'declined', reason },
        });
      });
    },

    async updateTimeline(
      actor: Actor,
      id: string,
      body: {
        documentationDueOn?: string | undefined;
        meetingPlannedAt?: string | null | undefined;
        meetingLocation?: string | null | undefined;
      },
    ) {
      await db.transaction(async (tx) => {
        const row = await load(actor, id, tx, true);
        ensure(actor, row, 'recordMeeting');
        await createAssessmentRepository(tx).update(id, {
          ...(body.documentationDueOn !== undefined && { documentationDueOn: body.documentationDueOn }),
          ...(body.meetingPlannedAt !== undefined && { meetingPlannedAt: body.meetingPlannedAt ? new Date(body.meetingPlannedAt) : null }),
          ...(body.meetingLocation !== undefined && { meetingLocation: body.meetingLocation }),
        });
      });
    },

    /** After a failed round: a new round on the scheme's newest version, carrying the documentation over. */
    async openNewRound(actor: Actor, id: string): Promise<string> {
      return db.transaction(async (tx) => {
        const row = await load(actor, id, tx, true);
        ensure(actor, row, 'openNewRound');
        const repo = createAssessmentRepository(tx);
        const schemeId = catalogs.get(row.catalogId).schemeId;
        const catalog = catalogs.latest(schemeId);
        let next: AssessmentRow;
        try {
          next = await repo.insert({
            certifierId: row.certifierId,
            municipalityId: row.municipalityId,
            catalogId: catalog.id,
            round: row.round + 1,
            previousAssessmentId: row.id,
            status: 'documentation',
            contactUserId: row.contactUserId,
            contactName: row.contactName,
            contactEmail: row.contactEmail,
            contactPhone: row.contactPhone,
            applicationChannel: row.applicationChannel,
            applicationMessage: row.applicationMessage,
            appliedAt: now(),
            acceptedAt: now(),
          });
        } catch (err) {
          if (isUniqueViolation(err)) throw new ConflictError('A new round is already open for this municipality and seal');
          throw err;
        }
        await repo.insertCriteriaCarriedOver(
          row.id,
          next,
          flattenCriteria(catalog.catalog).map((c) => c.id),
        );
        await deps.auditTrail.record(tx, actor, row, {
          entityType: 'assessment',
          entityId: next.id,
          action: 'new_round_opened',
          before: { previous: row.id },
          after: { round: next.round },
        });
        return next.id;
      });
    },

    async list(actor: Actor, filter: { status?: AssessmentRow['status'] | undefined }) {
      const rows = await createAssessmentRepository(db).list({ organizationId: actor.organizationId }, { status: filter.status });
      return rows.map((r) => {
        const seePoints = assessmentPolicy(actor, r).seePoints;
        const result = seePoints ? (r.result as { totalPoints?: number; passed?: boolean } | null) : null;
        return {
          id: r.id,
          status: r.status,
          round: r.round,
          municipalityId: r.municipalityId,
          municipalityName: r.municipalityName,
          certifierName: r.certifierName,
          schemeId: r.schemeId,
          catalogVersion: r.catalogVersion,
          schemeTitle: r.catalogTitle,
          appliedAt: r.appliedAt,
          meetingPlannedAt: r.meetingPlannedAt,
          releasedAt: r.releasedAt,
          totalPoints: result?.totalPoints ?? null,
          passed: r.status === 'passed' ? true : r.status === 'failed' ? false : null,
        };
      });
    },

    async detail(actor: Actor, id: string): Promise<AssessmentDetail> {
      const repo = createAssessmentRepository(db);
      const found = await repo.findWithNames({ organizationId: actor.organizationId }, id);
      if (!found) throw new NotFoundError(`Assessment ${id} not found`);
      const { assessment: row, certificateId, openMajorCount, ...names } = found;
      const policy = assessmentPolicy(actor, row);
      const stored = catalogs.get(row.catalogId);
      const [criteria, evidence, goals, bonus, measured] = await Promise.all([
        repo.criteria(id),
        repo.evidence(id),
        repo.goals(id),
        repo.bonusProjects(id),
        repo.measuredEvidence(id),
      ]);
      const order = new Map(flattenCriteria(stored.catalog).map((c, i) => [c.id, i]));
      criteria.sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0));
      let result: AssessmentDetail['result'] = null;
      if (policy.seePoints) {
        result = row.result
          ? (row.result as AssessmentDetail['result'])
          : computeResult(stored.catalog, criteria, bonus, await previousGoalsReached(repo, row));
      }
      return {
        id: row.id,
        status: row.status,
        round: row.round,
        previousAssessmentId: row.previousAssessmentId,
        scheme: { id: stored.schemeId, version: stored.version, catalogId: stored.id, title: stored.catalog.title },
        certifier: { id: row.certifierId, name: names.certifier },
        municipality: { id: row.municipalityId, name: names.municipality, district: names.district },
        contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
        applicationChannel: row.applicationChannel,
        applicationMessage: row.applicationMessage,
        appliedAt: row.appliedAt,
        acceptedAt: row.acceptedAt,
        declinedReason: row.declinedReason,
        documentationDueOn: row.documentationDueOn,
        meetingPlannedAt: row.meetingPlannedAt,
        meetingLocation: row.meetingLocation,
        meetingHeldAt: row.meetingHeldAt,
        meetingAttendance: row.meetingAttendance,
        meetingSummary: row.meetingSummary,
        meetingClosedAt: row.meetingClosedAt,
        releasedAt: row.releasedAt,
        phoneCallAt: policy.certifier ? row.phoneCallAt : null,
        phoneCallWith: policy.certifier ? row.phoneCallWith : null,
        nextSteps: row.nextSteps,
        certificateId,
        openMajorCount,
        criteria: criteria.map((c) => ({
          criterionId: c.criterionId,
          explanation: c.explanation,
          links: c.links,
          documentedAt: c.documentedAt,
          evidence: evidence.filter((e) => e.criterionId === c.criterionId),
          measuredEvidence: measured.filter((m) => m.criterionId === c.criterionId).map(toMeasuredEvidenceView),
          meetingNote: policy.seeMeetingNotes ? c.meetingNote : null,
          score:
            policy.seePoints && c.scoredAt
              ? {
                  notApplicable: c.notApplicable,
                  points: c.points,
                  grade: c.grade,
                  deviationRate: c.deviationRate,
                  maturityLevel: c.maturityLevel,
                  conformity: c.conformity,
                  comment: policy.certifier ? c.scoreComment : null,
                }
              : null,
        })),
        developmentGoals: goals.map((g) => ({
          id: g.id,
          title: g.title,
          description: g.description,
          targetDate: g.targetDate,
          status: g.status,
          createdAt: g.createdAt,
        })),
        bonusProjects: bonus.map((b) => ({
          id: b.id,
          title: b.title,
          description: b.description,
          pointsAwarded: policy.seePoints ? b.pointsAwarded : null,
        })),
        result,
        permissions: {
          seePoints: policy.seePoints,
          editDocumentation: policy.editDocumentation,
          recordMeeting: policy.recordMeeting,
          proposeGoals: policy.proposeGoals,
          score: policy.score,
          release: policy.release,
          openNewRound: policy.openNewRound,
        },
      };
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
