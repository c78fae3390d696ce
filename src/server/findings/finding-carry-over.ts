import { carryOverFindings } from '../../domain/findings/carry-over.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { DbOrTx } from '../db/client.js';
import { type ActionRow, createFindingRepository, type FindingRow } from './finding.repository.js';

// The findings side of a surveillance or recertification audit, by the rule in
// src/domain/findings/carry-over.ts: open findings move on (an open minor becomes major), and
// the actions taken since the last audit wait for their effectiveness check.

type Audit = { id: string; certifierId: string; municipalityId: string };

/** Inside the transaction that starts the new audit: copies the open findings of `from` into `to`. */
export async function carryOverInto(
  tx: DbOrTx,
  deps: { auditTrail: AuditTrailService; now: () => Date },
  from: Audit,
  to: Audit,
): Promise<number> {
  const repo = createFindingRepository(tx);
  const previous = (await repo.listByAssessment(from.id)).map((r) => r.finding);
  const { findings } = carryOverFindings(previous, []);
  for (const f of findings) {
    const row = await repo.insert({
      assessmentId: to.id,
      certifierId: to.certifierId,
      municipalityId: to.municipalityId,
      criterionId: f.criterionId,
      grade: f.grade,
      description: f.description,
      evidence: f.evidence,
      rootCause: f.rootCause,
      internalNote: f.internalNote,
      carriedFromId: f.carriedFromId,
      escalatedAt: f.escalated ? deps.now() : null,
    });
    await deps.auditTrail.record(tx, null, to, {
      entityType: 'finding',
      entityId: row.id,
      action: f.escalated ? 'carried_over_escalated' : 'carried_over',
      before: { findingId: f.carriedFromId, assessmentId: from.id },
      after: { grade: row.grade, criterionId: row.criterionId },
    });
  }
  return findings.length;
}

/**
 * The actions of the previous audit's closed findings still waiting for their effectiveness
 * check (those of carried findings show under the carried finding itself).
 */
export async function previousActionsToCheck(
  db: DbOrTx,
  previousAssessmentId: string,
): Promise<{ action: ActionRow; finding: FindingRow }[]> {
  const repo = createFindingRepository(db);
  const previous = (await repo.listByAssessment(previousAssessmentId)).map((r) => r.finding);
  const actions = await repo.actionsOf(previous.map((f) => f.id));
  const findingById = new Map(previous.map((f) => [f.id, f]));
  const actionById = new Map(actions.map((a) => [a.id, a]));
  return carryOverFindings(previous, actions)
    .actionsToCheck.filter((a) => !a.findingCarried)
    .map((a) => ({ action: actionById.get(a.actionId)!, finding: findingById.get(a.findingId)! }));
}
