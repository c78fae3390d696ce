import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { Actor } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { NotFoundError, ValidationError } from '../http/errors.js';
import { ensureGoal, goalPolicy } from './goal.policy.js';
import { createGoalRepository, type GoalListRow } from './goal.repository.js';
import type { GoalDetail, GoalView, ProgressInput, ReachedInput } from './goal.schemas.js';

type Deps = { db: Db; assessments: Pick<AssessmentService, 'load'>; auditTrail: AuditTrailService; now: () => Date };

const facts = (r: GoalListRow) => ({ ...r.goal, assessmentStatus: r.assessmentStatus, successorDecided: r.successorDecided });

/**
 * Development goals between audits (IHK seal, seed 000): the agreed goals of a passed assessment
 * are tracked until the next audit. Goals the certifier confirms as reached earn their bonus
 * points in the next round (see assessment.service detail and result.service release).
 */
export function createGoalService({ db, assessments, auditTrail, now }: Deps) {
  const today = () => toBerlinDate(now());

  function view(actor: Actor, r: GoalListRow): GoalView {
    const g = r.goal;
    const decided = g.status === 'reached' || g.status === 'missed';
    const state = decided ? g.status : g.reachedOn ? 'reported' : 'open';
    const { addProgress, reportReached, decide } = goalPolicy(actor, facts(r));
    return {
      id: g.id,
      assessmentId: g.assessmentId,
      round: r.round,
      kind: r.kind,
      municipality: { id: g.municipalityId, name: r.municipalityName },
      schemeTitle: r.schemeTitle,
      title: g.title,
      description: g.description,
      targetDate: g.targetDate,
      state: state as GoalView['state'],
      reachedOn: g.reachedOn,
      confirmedAt: g.confirmedAt,
      confirmedByName: g.confirmedAt ? r.confirmedByName : null,
      overdue: state === 'open' && g.targetDate !== null && g.targetDate < today(),
      closed: r.successorDecided,
      progressCount: r.progressCount,
      lastProgress: r.lastAt ? { note: r.lastNote ?? '', link: r.lastLink, createdAt: new Date(r.lastAt) } : null,
      permissions: { addProgress, reportReached, decide },
    };
  }

  /** The goal as the actor may see it (another tenant's: 404), with its assessment locked when inside a transaction. */
  async function loadGoal(actor: Actor, id: string, tx: DbOrTx = db, lock = false): Promise<GoalListRow> {
    const found = await createGoalRepository(tx).find(actor.organizationId, id);
    if (!found) throw new NotFoundError(`Development goal ${id} not found`);
    if (!lock) return found;
    // the assessment row serialises every change to its goals; read the goal again under the lock
    await assessments.load(actor, found.goal.assessmentId, tx, true);
    return (await createGoalRepository(tx).find(actor.organizationId, id))!;
  }

  return {
    async list(actor: Actor, filter: { state: 'open' | 'all' }): Promise<GoalView[]> {
      const rows = await createGoalRepository(db).list(actor.organizationId, { open: filter.state === 'open' });
      return rows.map((r) => view(actor, r));
    },

    async detail(actor: Actor, id: string): Promise<GoalDetail> {
      const row = await loadGoal(actor, id);
      const progress = await createGoalRepository(db).progress(id);
      return { ...view(actor, row), progress };
    },

    /** The municipality notes progress, optionally with a link as evidence. */
    async addProgress(actor: Actor, id: string, input: ProgressInput): Promise<string> {
      return db.transaction(async (tx) => {
        const row = await loadGoal(actor, id, tx, true);
        ensureGoal(actor, facts(row), 'addProgress');
        return createGoalRepository(tx).insertProgress({
          goalId: id,
          certifierId: row.goal.certifierId,
          municipalityId: row.goal.municipalityId,
          note: input.note,
          link: input.link ?? null,
          createdBy: actor.userId,
          createdAt: now(),
        });
      });
    },

    /** The municipality reports the goal reached on a day (not in the future); the certifier decides. */
    async reportReached(actor: Actor, id: string, input: ReachedInput): Promise<void> {
      if (input.reachedOn > today()) throw new ValidationError(`reachedOn: ${input.reachedOn} lies in the future (today is ${today()})`);
      await db.transaction(async (tx) => {
        const row = await loadGoal(actor, id, tx, true);
        ensureGoal(actor, facts(row), 'reportReached');
        const repo = createGoalRepository(tx);
        await repo.update(id, { reachedOn: input.reachedOn });
        if (input.note || input.link) {
          await repo.insertProgress({
            goalId: id,
            certifierId: row.goal.certifierId,
            municipalityId: row.goal.municipalityId,
            note: input.note ?? '',
            link: input.link ?? null,
            createdBy: actor.userId,
            createdAt: now(),
          });
        }
        await auditTrail.record(tx, actor, row.goal, {
          entityType: 'development_goal',
          entityId: id,
          action: 'reported_reached',
          before: { reachedOn: row.goal.reachedOn },
          after: { reachedOn: input.reachedOn },
        });
      });
    },

    /**
     * The certifier decides: reached (confirmed; it then counts for bonus points in the next
     * round) or missed. A goal confirmed without a report counts as reached on the day of the decision.
     */
    async decide(actor: Actor, id: string, status: 'reached' | 'missed'): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await loadGoal(actor, id, tx, true);
        ensureGoal(actor, facts(row), 'decide');
        const g = row.goal;
        const updated = await createGoalRepository(tx).update(id, {
          status,
          reachedOn: status === 'reached' ? (g.reachedOn ?? today()) : g.reachedOn,
          confirmedAt: now(),
          confirmedBy: actor.userId,
        });
        await auditTrail.record(tx, actor, g, {
          entityType: 'development_goal',
          entityId: id,
          action: 'decided',
          before: { status: g.status, reachedOn: g.reachedOn, confirmedAt: g.confirmedAt },
          after: { status: updated.status, reachedOn: updated.reachedOn, confirmedAt: updated.confirmedAt },
        });
      });
    },
  };
}

export type GoalService = ReturnType<typeof createGoalService>;
