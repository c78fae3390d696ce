import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, assessment, catalog, developmentGoal, goalProgress, organization } from '../db/schema.js';

export type GoalRow = typeof developmentGoal.$inferSelect;

// A goal is tracked until the next audit of its municipality and seal (a new round, a
// surveillance or a recertification audit: previous_assessment_id) has been decided.
const successorDecided = sql<boolean>`exists (select 1 from assessment n where n.previous_assessment_id = ${developmentGoal.assessmentId} and n.status in ('passed', 'failed'))`;
// the newest progress note's fields; the instant as ISO text, which PGlite and node-postgres return alike
const lastProgress = (expression: string) =>
  sql.raw(
    `(select ${expression} from goal_progress gp where gp.goal_id = development_goal.id order by gp.created_at desc, gp.id desc limit 1)`,
  );

const goalColumns = {
  goal: developmentGoal,
  assessmentStatus: assessment.status,
  round: assessment.round,
  kind: assessment.kind,
  municipalityName: organization.name,
  schemeTitle: sql<{ de: string; en: string }>`${catalog.definition}->'title'`,
  confirmedByName: appUser.displayName,
  successorDecided,
  progressCount: sql<number>`(select count(*)::int from goal_progress gp where gp.goal_id = ${developmentGoal.id})`,
  lastNote: sql<string | null>`${lastProgress('gp.note')}`,
  lastLink: sql<string | null>`${lastProgress('gp.link')}`,
  lastAt: sql<string | null>`${lastProgress("to_json(gp.created_at) #>> '{}'")}`,
};

export type GoalListRow = Awaited<ReturnType<ReturnType<typeof createGoalRepository>['list']>>[number];

export function createGoalRepository(db: DbOrTx) {
  const base = () =>
    db
      .select(goalColumns)
      .from(developmentGoal)
      .innerJoin(assessment, eq(assessment.id, developmentGoal.assessmentId))
      .innerJoin(organization, eq(organization.id, developmentGoal.municipalityId))
      .innerJoin(catalog, eq(catalog.id, assessment.catalogId))
      .leftJoin(appUser, eq(appUser.id, developmentGoal.confirmedBy));
  const scope = (organizationId: string) =>
    or(eq(developmentGoal.certifierId, organizationId), eq(developmentGoal.municipalityId, organizationId));

  return {
    /** The agreed goals of released, passed assessments the organisation is part of; `open`: not yet decided nor closed. */
    list(organizationId: string, filter: { open: boolean }) {
      return base()
        .where(
          and(
            scope(organizationId),
            eq(assessment.status, 'passed'),
            filter.open ? eq(developmentGoal.status, 'agreed') : inArray(developmentGoal.status, ['agreed', 'reached', 'missed']),
            filter.open ? sql`not ${successorDecided}` : undefined,
          ),
        )
        .orderBy(sql`${developmentGoal.targetDate} asc nulls last`, asc(organization.name), asc(developmentGoal.createdAt))
        .limit(1000);
    },

    /** One goal of any status, if the organisation is its certifier or municipality. */
    async find(organizationId: string, id: string) {
      const [row] = await base().where(and(eq(developmentGoal.id, id), scope(organizationId)));
      return row;
    },

    progress(goalId: string) {
      return db
        .select({
          id: goalProgress.id,
          note: goalProgress.note,
          link: goalProgress.link,
          createdAt: goalProgress.createdAt,
          authorName: appUser.displayName,
        })
        .from(goalProgress)
        .leftJoin(appUser, eq(appUser.id, goalProgress.createdBy))
        .where(eq(goalProgress.goalId, goalId))
        .orderBy(asc(goalProgress.createdAt), asc(goalProgress.id));
    },

    async insertProgress(values: typeof goalProgress.$inferInsert): Promise<string> {
      const [row] = await db.insert(goalProgress).values(values).returning({ id: goalProgress.id });
      return row!.id;
    },

    async update(id: string, values: Partial<typeof developmentGoal.$inferInsert>): Promise<GoalRow> {
      const [row] = await db.update(developmentGoal).set(values).where(eq(developmentGoal.id, id)).returning();
      return row!;
    },
  };
}
