import { and, eq, gte, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.js';
import {
  appUser,
  assessment,
  auditPlanItem,
  certificate,
  certificateAudit,
  correctiveAction,
  developmentGoal,
  organization,
} from '../db/schema.js';

export type FeedOwner = { userId: string; organizationId: string; kind: 'certifier' | 'municipality' | 'district' | 'platform' };

/** The dates a user's calendar feed shows, from one organisation's side: as certifier or as municipality. */
export function createIcalRepository(db: DbOrTx) {
  const mine = (certifierCol: AnyPgColumn, municipalityCol: AnyPgColumn, o: FeedOwner) =>
    o.kind === 'certifier' ? eq(certifierCol, o.organizationId) : eq(municipalityCol, o.organizationId);

  return {
    async ownerOfToken(token: string): Promise<FeedOwner | undefined> {
      const [row] = await db
        .select({ userId: appUser.id, organizationId: appUser.organizationId, kind: organization.kind })
        .from(appUser)
        .innerJoin(organization, eq(organization.id, appUser.organizationId))
        .where(and(eq(appUser.calendarFeedToken, token), eq(appUser.disabled, false)));
      return row;
    },

    async setToken(userId: string, token: string | null) {
      await db.update(appUser).set({ calendarFeedToken: token }).where(eq(appUser.id, userId));
    },

    async tokenOf(userId: string): Promise<string | null> {
      const [row] = await db.select({ token: appUser.calendarFeedToken }).from(appUser).where(eq(appUser.id, userId));
      return row?.token ?? null;
    },

    /** Owed audits not yet completed, with the municipality's name. */
    openAudits(o: FeedOwner) {
      return db
        .select({
          id: certificateAudit.id,
          kind: certificateAudit.kind,
          sequence: certificateAudit.sequence,
          dueOn: certificateAudit.dueOn,
          number: certificate.number,
          municipality: organization.name,
        })
        .from(certificateAudit)
        .innerJoin(certificate, eq(certificate.id, certificateAudit.certificateId))
        .innerJoin(organization, eq(organization.id, certificate.municipalityId))
        .where(
          and(
            isNull(certificateAudit.completedOn),
            mine(certificate.certifierId, certificate.municipalityId, o),
            inArray(certificate.status, ['valid', 'suspended']),
          ),
        );
    },

    /** Open procedures: their documentation deadline and planned meeting. */
    openAssessments(o: FeedOwner) {
      return db
        .select({
          id: assessment.id,
          kind: assessment.kind,
          documentationDueOn: assessment.documentationDueOn,
          meetingPlannedAt: assessment.meetingPlannedAt,
          meetingLocation: assessment.meetingLocation,
          municipality: organization.name,
        })
        .from(assessment)
        .innerJoin(organization, eq(organization.id, assessment.municipalityId))
        .where(
          and(inArray(assessment.status, ['documentation', 'meeting_held']), mine(assessment.certifierId, assessment.municipalityId, o)),
        );
    },

    /** Audit plan slots from a year ago on. */
    planItems(o: FeedOwner, from: Date) {
      return db
        .select({
          id: auditPlanItem.id,
          startsAt: auditPlanItem.startsAt,
          endsAt: auditPlanItem.endsAt,
          department: auditPlanItem.department,
          site: auditPlanItem.site,
          process: auditPlanItem.process,
          auditorName: auditPlanItem.auditorName,
          municipality: organization.name,
        })
        .from(auditPlanItem)
        .innerJoin(organization, eq(organization.id, auditPlanItem.municipalityId))
        .where(and(gte(auditPlanItem.startsAt, from), mine(auditPlanItem.certifierId, auditPlanItem.municipalityId, o)));
    },

    openActions(o: FeedOwner) {
      return db
        .select({
          id: correctiveAction.id,
          dueOn: correctiveAction.dueOn,
          description: correctiveAction.description,
          ownerName: correctiveAction.ownerName,
          municipality: organization.name,
        })
        .from(correctiveAction)
        .innerJoin(organization, eq(organization.id, correctiveAction.municipalityId))
        .where(
          and(
            or(eq(correctiveAction.status, 'open'), eq(correctiveAction.status, 'in_progress')),
            mine(correctiveAction.certifierId, correctiveAction.municipalityId, o),
          ),
        );
    },

    openGoals(o: FeedOwner) {
      return db
        .select({
          id: developmentGoal.id,
          title: developmentGoal.title,
          targetDate: developmentGoal.targetDate,
          municipality: organization.name,
        })
        .from(developmentGoal)
        .innerJoin(organization, eq(organization.id, developmentGoal.municipalityId))
        .where(
          and(
            eq(developmentGoal.status, 'agreed'),
            isNotNull(developmentGoal.targetDate),
            mine(developmentGoal.certifierId, developmentGoal.municipalityId, o),
          ),
        );
    },
  };
}
