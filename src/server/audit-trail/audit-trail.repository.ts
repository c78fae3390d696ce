import { and, desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, auditEvent } from '../db/schema.js';

export type AuditEntry = {
  actorUserId: string | null;
  certifierId: string | null;
  municipalityId: string | null;
  entityType:
    | 'assessment'
    | 'criterion_score'
    | 'development_goal'
    | 'bonus_project'
    | 'certificate'
    | 'decision'
    | 'finding'
    | 'corrective_action'
    | 'audit_plan'
    | 'reminder_settings';
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
};

export function createAuditTrailRepository(db: DbOrTx) {
  return {
    async append(entry: AuditEntry) {
      await db.insert(auditEvent).values(entry);
    },

    list(filter: { certifierId: string; entityId?: string; beforeId?: number; limit: number }) {
      return db
        .select({
          id: auditEvent.id,
          occurredAt: auditEvent.occurredAt,
          actorName: appUser.displayName,
          entityType: auditEvent.entityType,
          entityId: auditEvent.entityId,
          action: auditEvent.action,
          before: auditEvent.before,
          after: auditEvent.after,
        })
        .from(auditEvent)
        .leftJoin(appUser, eq(appUser.id, auditEvent.actorUserId))
        .where(
          and(
            eq(auditEvent.certifierId, filter.certifierId),
            filter.entityId ? eq(auditEvent.entityId, filter.entityId) : undefined,
            filter.beforeId ? lt(auditEvent.id, filter.beforeId) : undefined,
          ),
        )
        .orderBy(desc(auditEvent.id))
        .limit(filter.limit);
    },
  };
}
