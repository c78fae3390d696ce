import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { closeProblem } from '../../domain/findings/closing.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { Actor } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.js';
import { carryOverInto, previousActionsToCheck } from './finding-carry-over.js';
import { ensureAuditRunning, ensureFinding, ensureOpen, findingPolicy, isAuditRunning } from './finding.policy.js';
import { type ActionRow, createFindingRepository, type FindingRow } from './finding.repository.js';
import type {
  ActionView,
  CreateActionInput,
  CreateFindingInput,
  EffectivenessInput,
  FindingsView,
  FindingView,
  UpdateActionInput,
  UpdateFindingInput,
} from './finding.schemas.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  assessments: Pick<AssessmentService, 'load'>;
  auditTrail: AuditTrailService;
  now: () => Date;
};

const CLOSE_MESSAGES = {
  actions_not_done: (ids: string[]) => `A finding closes once its corrective actions are done; still open: ${ids.join(', ')}`,
  no_action: (grade: string) => `A ${grade} nonconformity closes only with a corrective action that is done`,
  no_effective_action: (grade: string) =>
    `Every corrective action of this ${grade} nonconformity was found not effective; record a further action first`,
};

/**
 * Findings of an audit on the criteria of its catalog, the municipality's answers and the
 * corrective actions with their effectiveness check. Who may do what: finding.policy.ts;
 * when a finding may close: src/domain/findings/closing.ts.
 */
export function createFindingService({ db, catalogs, assessments, auditTrail, now }: Deps) {
  const today = () => toBerlinDate(now());

  async function loadFinding(actor: Actor, id: string, tx: DbOrTx = db, forUpdate = false): Promise<FindingRow> {
    const row = await createFindingRepository(tx).find({ organizationId: actor.organizationId }, id, { forUpdate });
    if (!row || !findingPolicy(actor, row).see) throw new NotFoundError(`Finding ${id} not found`);
    return row;
  }

  async function loadAction(actor: Actor, id: string, tx: DbOrTx, forUpdate = false): Promise<ActionRow> {
    const row = await createFindingRepository(tx).findAction({ organizationId: actor.organizationId }, id, { forUpdate });
    if (!row || !findingPolicy(actor, row).see) throw new NotFoundError(`Corrective action ${id} not found`);
    return row;
  }

  function criterionLabel(catalogId: string, criterionId: string): string {
    const c = flattenCriteria(catalogs.get(catalogId).catalog).find((x) => x.id === criterionId);
    return c ? `${criterionId} (${c.reference ? `${c.reference} ` : ''}${c.title.en})` : criterionId;
  }

  function ensureCriterion(catalogId: string, criterionId: string): void {
    const stored = catalogs.get(catalogId);
    if (!flattenCriteria(stored.catalog).some((c) => c.id === criterionId)) {
      throw new ValidationError(
        `criterionId: "${criterionId}" is not a criterion of this assessment's catalog (${stored.schemeId} ${stored.version})`,
      );
    }
  }

  function ensureDueDate(dueOn: string): void {
    // A due date is a promise about the future: it may be today, never a day already past.
    if (dueOn < today()) throw new ValidationError(`dueOn: ${dueOn} lies in the past (today is ${today()})`);
  }

  /** The actions a finding answers for: its own and those of the findings it was carried over from. */
  async function actionsFor(tx: DbOrTx, row: FindingRow): Promise<ActionRow[]> {
    const repo = createFindingRepository(tx);
    const chain = (await repo.ancestors([row.id])).get(row.id) ?? [];
    return repo.actionsOf([row.id, ...chain]);
  }

  /** The newest finding of the chain an action's finding was carried along (the action follows it across audits). */
  async function headOf(tx: DbOrTx, action: ActionRow): Promise<FindingRow> {
    const repo = createFindingRepository(tx);
    return repo.latestInChain(await repo.get(action.findingId));
  }

  /** An action is editable while the newest finding of its chain is open. */
  async function ensureActionEditable(tx: DbOrTx, action: ActionRow): Promise<void> {
    ensureOpen(await headOf(tx, action));
    if (action.effectiveness !== null)
      throw new ConflictError(`Corrective action ${action.id} was already checked for effectiveness and can no longer be changed`);
  }

  function actionView(a: ActionRow): ActionView {
    return {
      id: a.id,
      findingId: a.findingId,
      description: a.description,
      ownerName: a.ownerName,
      ownerEmail: a.ownerEmail,
      dueOn: a.dueOn,
      overdue: a.status !== 'done' && a.dueOn < today(),
      status: a.status,
      completedOn: a.completedOn,
      completionNote: a.completionNote,
      effectiveness: a.effectiveness,
      effectivenessNote: a.effectivenessNote,
      effectivenessCheckedAt: a.effectivenessCheckedAt,
      effectivenessAssessmentId: a.effectivenessAssessmentId,
      createdAt: a.createdAt,
    };
  }

  const findingSnapshot = (f: FindingRow) => ({
    criterionId: f.criterionId,
    grade: f.grade,
    status: f.status,
    description: f.description,
    evidence: f.evidence,
    rootCause: f.rootCause,
    internalNote: f.internalNote,
  });

  const actionSnapshot = (a: ActionRow) => ({
    description: a.description,
    ownerName: a.ownerName,
    ownerEmail: a.ownerEmail,
    dueOn: a.dueOn,
    status: a.status,
    completedOn: a.completedOn,
    completionNote: a.completionNote,
    effectiveness: a.effectiveness,
    effectivenessNote: a.effectivenessNote,
    effectivenessAssessmentId: a.effectivenessAssessmentId,
  });

  return {
    /** The findings of one assessment with their actions, as the actor may see them. */
    async list(actor: Actor, assessmentId: string): Promise<FindingsView> {
      const assessment = await assessments.load(actor, assessmentId);
      const policy = findingPolicy(actor, assessment);
      if (!policy.see) throw new NotFoundError(`Assessment ${assessmentId} not found`);
      const repo = createFindingRepository(db);
      const rows = await repo.listByAssessment(assessmentId);
      const chains = await repo.ancestors(rows.map((r) => r.finding.id));
      const actions = await repo.actionsOf([...new Set([...chains.entries()].flatMap(([id, chain]) => [id, ...chain]))]);
      const findings = rows.map(({ finding: f, closedByName }): FindingView => {
        const related = new Set([f.id, ...(chains.get(f.id) ?? [])]);
        const own = actions.filter((a) => related.has(a.findingId));
        return {
          id: f.id,
          assessmentId: f.assessmentId,
          criterionId: f.criterionId,
          grade: f.grade,
          status: f.status,
          description: f.description,
          evidence: f.evidence,
          rootCause: f.rootCause,
          ...(policy.seeInternalNotes ? { internalNote: f.internalNote } : {}),
          municipalityResponse: f.municipalityResponse,
          respondedAt: f.respondedAt,
          carriedFromId: f.carriedFromId,
          escalatedAt: f.escalatedAt,
          closedAt: f.closedAt,
          closedByName,
          createdAt: f.createdAt,
          updatedAt: f.updatedAt,
          closeBlocker: f.status === 'open' ? (closeProblem(f.grade, own)?.code ?? null) : null,
          actions: own.map(actionView),
        };
      });
      // at a surveillance or recertification audit: the last audit's actions to check for effectiveness
      const toCheck =
        assessment.kind !== 'initial' && assessment.previousAssessmentId
          ? await previousActionsToCheck(db, assessment.previousAssessmentId)
          : [];
      return {
        assessmentId,
        actionsToCheck: toCheck.map(({ action, finding: f }) => ({
          ...actionView(action),
          finding: { id: f.id, criterionId: f.criterionId, grade: f.grade, description: f.description },
        })),
        openMajorCount: findings.filter((f) => f.status === 'open' && f.grade === 'major').length,
        permissions: {
          record: policy.record && isAuditRunning(assessment),
          close: policy.close,
          respond: policy.respond,
          manageActions: policy.manageActions,
          checkEffectiveness: policy.checkEffectiveness,
          seeInternalNotes: policy.seeInternalNotes,
        },
        findings,
      };
    },

    async create(actor: Actor, assessmentId: string, body: CreateFindingInput): Promise<string> {
      return db.transaction(async (tx) => {
        // Locked like release() locks it: a finding and a decision never pass each other.
        const assessment = await assessments.load(actor, assessmentId, tx, true);
        ensureFinding(actor, assessment, 'record');
        ensureAuditRunning(assessment);
        ensureCriterion(assessment.catalogId, body.criterionId);
        const row = await createFindingRepository(tx).insert({
          assessmentId,
          certifierId: assessment.certifierId,
          municipalityId: assessment.municipalityId,
          criterionId: body.criterionId,
          grade: body.grade,
          description: body.description,
          evidence: body.evidence,
          rootCause: body.rootCause,
          internalNote: body.internalNote,
          createdBy: actor.userId,
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'finding',
          entityId: row.id,
          action: 'recorded',
          before: null,
          after: findingSnapshot(row),
        });
        return row.id;
      });
    },

    async update(actor: Actor, id: string, body: UpdateFindingInput): Promise<void> {
      await db.transaction(async (tx) => {
        const found = await loadFinding(actor, id, tx);
        const assessment = await assessments.load(actor, found.assessmentId, tx, true);
        const row = await loadFinding(actor, id, tx, true);
        ensureFinding(actor, row, 'record');
        ensureOpen(row);
        ensureAuditRunning(assessment);
        if (body.criterionId !== undefined) ensureCriterion(assessment.catalogId, body.criterionId);
        const updated = await createFindingRepository(tx).update(id, body);
        await auditTrail.record(tx, actor, row, {
          entityType: 'finding',
          entityId: id,
          action: 'updated',
          before: findingSnapshot(row),
          after: findingSnapshot(updated),
        });
      });
    },

    async close(actor: Actor, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await loadFinding(actor, id, tx, true);
        ensureFinding(actor, row, 'close');
        ensureOpen(row);
        const problem = closeProblem(row.grade, await actionsFor(tx, row));
        if (problem) {
          throw new ConflictError(
            problem.code === 'actions_not_done'
              ? CLOSE_MESSAGES.actions_not_done(problem.actionIds)
              : CLOSE_MESSAGES[problem.code](problem.grade),
          );
        }
        const updated = await createFindingRepository(tx).update(id, { status: 'closed', closedAt: now(), closedBy: actor.userId });
        await auditTrail.record(tx, actor, row, {
          entityType: 'finding',
          entityId: id,
          action: 'closed',
          before: { status: row.status },
          after: { status: updated.status, closedAt: updated.closedAt },
        });
      });
    },

    /** The municipality's answer; a later answer replaces the earlier one (the trail keeps both). */
    async respond(actor: Actor, id: string, response: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await loadFinding(actor, id, tx, true);
        ensureFinding(actor, row, 'respond');
        ensureOpen(row);
        await createFindingRepository(tx).update(id, { municipalityResponse: response, respondedAt: now() });
        await auditTrail.record(tx, actor, row, {
          entityType: 'finding',
          entityId: id,
          action: 'answered',
          before: { municipalityResponse: row.municipalityResponse },
          after: { municipalityResponse: response },
        });
      });
    },

    async addAction(actor: Actor, findingId: string, body: CreateActionInput): Promise<string> {
      return db.transaction(async (tx) => {
        const row = await loadFinding(actor, findingId, tx, true);
        ensureFinding(actor, row, 'manageActions');
        ensureOpen(row);
        ensureDueDate(body.dueOn);
        const action = await createFindingRepository(tx).insertAction({
          findingId,
          certifierId: row.certifierId,
          municipalityId: row.municipalityId,
          description: body.description,
          ownerName: body.ownerName,
          ownerEmail: body.ownerEmail ?? null,
          dueOn: body.dueOn,
          createdBy: actor.userId,
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'corrective_action',
          entityId: action.id,
          action: 'proposed',
          before: null,
          after: { findingId, ...actionSnapshot(action) },
        });
        return action.id;
      });
    },

    async updateAction(actor: Actor, id: string, body: UpdateActionInput): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await loadAction(actor, id, tx, true);
        ensureFinding(actor, row, 'manageActions');
        await ensureActionEditable(tx, row);
        if (body.dueOn !== undefined && body.dueOn !== row.dueOn) ensureDueDate(body.dueOn);
        const status = body.status ?? row.status;
        const completionNote = body.completionNote !== undefined ? body.completionNote || null : row.completionNote;
        if (status === 'done' && !completionNote)
          throw new ValidationError('completionNote: say what was done when the action is marked done');
        const updated = await createFindingRepository(tx).updateAction(id, {
          ...(body.description !== undefined && { description: body.description }),
          ...(body.ownerName !== undefined && { ownerName: body.ownerName }),
          ...(body.ownerEmail !== undefined && { ownerEmail: body.ownerEmail }),
          ...(body.dueOn !== undefined && { dueOn: body.dueOn }),
          status,
          completionNote,
          // the day it was marked done; moving it back out of "done" clears it
          completedOn: status === 'done' ? (row.status === 'done' ? row.completedOn : today()) : null,
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'corrective_action',
          entityId: id,
          action: 'updated',
          before: actionSnapshot(row),
          after: actionSnapshot(updated),
        });
      });
    },

    /**
     * The certifier's effectiveness check, recorded with the audit it happens at: the running
     * surveillance or recertification audit of the certificate, or — while no such audit runs —
     * the finding's own audit as long as it is still running (an initial audit's follow-up).
     */
    async checkEffectiveness(actor: Actor, id: string, body: EffectivenessInput): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await loadAction(actor, id, tx, true);
        ensureFinding(actor, row, 'checkEffectiveness');
        if (row.status !== 'done')
          throw new ConflictError(`Corrective action ${id} is "${row.status}"; its effectiveness is checked once it is done`);
        if (body.effectiveness === 'not_effective' && !body.note) throw new ValidationError('note: say why the action was not effective');
        const repo = createFindingRepository(tx);
        const head = await headOf(tx, row);
        const audit = (await repo.assessmentOf(head.assessmentId))!;
        const checkedAt = (await repo.runningFollowUpAudit(audit)) ?? (isAuditRunning(audit) ? audit.id : null);
        if (!checkedAt) throw new ConflictError('Effectiveness is checked at an audit: no audit of this certificate is running');
        const updated = await repo.updateAction(id, {
          effectiveness: body.effectiveness,
          effectivenessNote: body.note || null,
          effectivenessCheckedAt: now(),
          effectivenessCheckedBy: actor.userId,
          effectivenessAssessmentId: checkedAt,
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'corrective_action',
          entityId: id,
          action: 'effectiveness_checked',
          before: actionSnapshot(row),
          after: actionSnapshot(updated),
        });
      });
    },

    /** For the certificate cycle, inside the transaction that starts a surveillance or recertification audit. */
    async carryOver(
      tx: DbOrTx,
      from: { id: string; certifierId: string; municipalityId: string },
      to: { id: string; certifierId: string; municipalityId: string },
    ): Promise<void> {
      await carryOverInto(tx, { auditTrail, now }, from, to);
    },

    /** For the release step, inside its transaction: the criteria an open major nonconformity sits on. */
    async openMajorCriteria(tx: DbOrTx, assessment: { id: string; catalogId: string }): Promise<string[]> {
      const ids = await createFindingRepository(tx).openMajorCriteria(assessment.id);
      return ids.map((criterionId) => criterionLabel(assessment.catalogId, criterionId));
    },
  };
}

export type FindingService = ReturnType<typeof createFindingService>;
