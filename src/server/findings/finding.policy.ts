import { type Actor, isCertifierStaff, isMunicipalityStaff } from '../auth/actor.js';
import { ConflictError, ForbiddenError } from '../http/errors.js';

/** What a finding (or an assessment's findings) belongs to, as far as permissions care. */
export type FindingScope = { certifierId: string; municipalityId: string };

/**
 * Who may do what with findings and corrective actions, in one place. The auditor's side and the
 * municipality's side are told apart by permissions, not by role names: the certifier's staff
 * record findings, read the internal notes and check effectiveness; the municipality's staff see
 * their findings without internal notes, answer them and manage their corrective actions; both
 * sides may propose and update actions. Nobody else sees anything (the caller answers 404).
 */
export function findingPolicy(actor: Actor, scope: FindingScope) {
  const certifier = isCertifierStaff(actor) && actor.organizationId === scope.certifierId;
  const municipality = isMunicipalityStaff(actor) && actor.organizationId === scope.municipalityId;
  return {
    see: certifier || municipality,
    seeInternalNotes: certifier,
    record: certifier,
    close: certifier,
    respond: municipality,
    manageActions: certifier || municipality,
    checkEffectiveness: certifier,
  };
}

export type FindingPolicy = ReturnType<typeof findingPolicy>;
type Permission = Exclude<keyof FindingPolicy, 'see'>;

const WHAT: Record<Permission, string> = {
  seeInternalNotes: 'read internal notes',
  record: 'record or edit findings',
  close: 'close findings',
  respond: 'answer findings (the municipality does)',
  manageActions: 'manage corrective actions',
  checkEffectiveness: 'check the effectiveness of corrective actions (the certifier does)',
};

/** Throws 403 when the actor may not do it. */
export function ensureFinding(actor: Actor, scope: FindingScope, permission: Permission): void {
  if (findingPolicy(actor, scope)[permission]) return;
  throw new ForbiddenError(`Your role (${actor.role}) may not ${WHAT[permission]}`);
}

/** A closed finding is final: its text, answer and actions no longer change. */
export function ensureOpen(finding: { status: 'open' | 'closed'; id: string }): void {
  if (finding.status === 'closed') throw new ConflictError(`Finding ${finding.id} is closed and can no longer be changed`);
}

/** Findings are recorded and edited while the audit runs: from acceptance until the decision. */
const AUDIT_RUNNING: readonly string[] = ['documentation', 'meeting_held'];

export const isAuditRunning = (assessment: { status: string }): boolean => AUDIT_RUNNING.includes(assessment.status);

export function ensureAuditRunning(assessment: { status: string }): void {
  if (!isAuditRunning(assessment)) {
    throw new ConflictError(
      `Findings are recorded while the audit runs; this assessment is "${assessment.status}" (needs "documentation" or "meeting_held")`,
    );
  }
}
