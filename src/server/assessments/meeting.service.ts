import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import type { Actor } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { NotFoundError, ValidationError } from '../http/errors.js';
import { ensure } from './assessment.policy.js';
import { createAssessmentRepository } from './assessment.repository.js';
import type { AssessmentService } from './assessment.service.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  assessments: Pick<AssessmentService, 'load'>;
  auditTrail: AuditTrailService;
  now: () => Date;
};

type MeetingInput = {
  heldAt: string;
  location?: string | null | undefined;
  attendance: { name: string; role: string }[];
  summary?: string | null | undefined;
  notes?: { criterionId: string; note: string }[] | undefined;
};

/**
 * Step 4: the audit meeting on site. Attendance and notes are recorded; the
 * municipality proposes development goals and presents bonus projects. The
 * meeting closes without points: scoring opens only after it.
 */
export function createMeetingService({ db, catalogs, assessments, auditTrail, now }: Deps) {
  return {
    async record(actor: Actor, id: string, body: MeetingInput) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'recordMeeting');
        // compared as Berlin calendar dates: a meeting the same day as the application is fine to the minute
        if (toBerlinDate(new Date(body.heldAt)) < toBerlinDate(row.appliedAt))
          throw new ValidationError('heldAt: the meeting cannot be held before the day of the application');
        const repo = createAssessmentRepository(tx);
        const known = new Set(flattenCriteria(catalogs.get(row.catalogId).catalog).map((c) => c.id));
        const unknown = body.notes?.find((n) => !known.has(n.criterionId));
        if (unknown) throw new ValidationError(`notes: criterion "${unknown.criterionId}" is not part of this catalog`);
        await repo.update(id, {
          meetingHeldAt: new Date(body.heldAt),
          meetingLocation: body.location ?? row.meetingLocation,
          meetingAttendance: body.attendance,
          meetingSummary: body.summary ?? null,
        });
        for (const n of body.notes ?? []) await repo.updateCriterion(id, n.criterionId, { meetingNote: n.note });
      });
    },

    async close(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'recordMeeting');
        if (!row.meetingHeldAt || row.meetingAttendance.length === 0) {
          throw new ValidationError('Record when the meeting was held and who attended before closing it');
        }
        await createAssessmentRepository(tx).update(id, { status: 'meeting_held', meetingClosedAt: now() });
        await auditTrail.record(tx, actor, row, {
          entityType: 'assessment',
          entityId: id,
          action: 'meeting_closed',
          before: { status: row.status },
          after: { status: 'meeting_held' },
        });
      });
    },

    async proposeGoal(actor: Actor, id: string, body: { title: string; description: string; targetDate?: string | null | undefined }) {
      return db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'proposeGoals');
        const goal = await createAssessmentRepository(tx).insertGoal({
          assessmentId: id,
          certifierId: row.certifierId,
          municipalityId: row.municipalityId,
          title: body.title,
          description: body.description,
          targetDate: body.targetDate ?? null,
          status: 'proposed',
          proposedBy: actor.userId,
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'development_goal',
          entityId: goal.id,
          action: 'proposed',
          before: null,
          after: { title: goal.title, targetDate: goal.targetDate },
        });
        return goal.id;
      });
    },

    /** The certifier fixes the development goals: agreed or rejected. */
    async decideGoal(
      actor: Actor,
      id: string,
      goalId: string,
      body: { status: 'proposed' | 'agreed' | 'rejected'; title?: string | undefined; targetDate?: string | null | undefined },
    ) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'decideGoals');
        const repo = createAssessmentRepository(tx);
        const goal = await repo.goal(id, goalId);
        if (!goal) throw new NotFoundError(`Development goal ${goalId} not found`);
        if (body.status === 'agreed') {
          const limit = catalogs.get(row.catalogId).catalog.rules.developmentGoals?.count;
          const agreed = (await repo.goals(id)).filter((g) => g.status === 'agreed' && g.id !== goalId).length;
          if (limit !== undefined && agreed >= limit) throw new ValidationError(`This scheme agrees at most ${limit} development goals`);
        }
        const updated = await repo.updateGoal(goalId, {
          status: body.status,
          ...(body.title !== undefined && { title: body.title }),
          ...(body.targetDate !== undefined && { targetDate: body.targetDate }),
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'development_goal',
          entityId: goalId,
          action: 'decided',
          before: { status: goal.status, title: goal.title, targetDate: goal.targetDate },
          after: { status: updated.status, title: updated.title, targetDate: updated.targetDate },
        });
      });
    },

    async addBonusProject(actor: Actor, id: string, body: { title: string; description: string }) {
      return db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'proposeGoals');
        const project = await createAssessmentRepository(tx).insertBonusProject({
          assessmentId: id,
          certifierId: row.certifierId,
          municipalityId: row.municipalityId,
          ...body,
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'bonus_project',
          entityId: project.id,
          action: 'presented',
          before: null,
          after: { title: project.title },
        });
        return project.id;
      });
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
