import type { Actor } from '../auth/actor.js';
import type { DbOrTx } from '../db/client.js';
import { type AuditEntry, createAuditTrailRepository } from './audit-trail.repository.js';

type Scoped = { certifierId: string; municipalityId: string };
type Change = Pick<AuditEntry, 'entityType' | 'entityId' | 'action' | 'before' | 'after'>;

/** Records a change inside the caller's transaction, so the trail and the change commit together. */
export function createAuditTrailService() {
  return {
    async record(tx: DbOrTx, actor: Actor | null, scope: Scoped, change: Change) {
      await createAuditTrailRepository(tx).append({
        actorUserId: actor?.userId ?? null,
        certifierId: scope.certifierId,
        municipalityId: scope.municipalityId,
        ...change,
      });
    },
  };
}

export type AuditTrailService = ReturnType<typeof createAuditTrailService>;
