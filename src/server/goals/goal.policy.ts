import { type Actor, isCertifierStaff, isMunicipalityStaff } from '../auth/actor.js';
import { ConflictError, ForbiddenError } from '../http/errors.js';

type GoalFacts = {
  id: string;
  certifierId: string;
  municipalityId: string;
  status: 'proposed' | 'agreed' | 'rejected' | 'reached' | 'missed';
  assessmentStatus: string;
  successorDecided: boolean;
};

/**
 * Who may do what with a development goal between audits. A goal is tracked once its assessment
 * passed and it was agreed, until the next audit is decided: the municipality notes progress and
 * reports it reached; the certifier decides reached or missed (and may correct that decision).
 */
export function goalPolicy(actor: Actor, g: GoalFacts) {
  const certifier = isCertifierStaff(actor) && actor.organizationId === g.certifierId;
  const municipality = isMunicipalityStaff(actor) && actor.organizationId === g.municipalityId;
  const tracked =
    g.assessmentStatus === 'passed' && (g.status === 'agreed' || g.status === 'reached' || g.status === 'missed') && !g.successorDecided;
  const undecided = g.status === 'agreed';
  return {
    certifier,
    municipality,
    addProgress: municipality && tracked && undecided,
    reportReached: municipality && tracked && undecided,
    decide: certifier && tracked,
  };
}

type Permission = 'addProgress' | 'reportReached' | 'decide';

/** 403 when the role may never do it; 409 naming why the goal does not allow it now. */
export function ensureGoal(actor: Actor, g: GoalFacts, permission: Permission): void {
  const policy = goalPolicy(actor, g);
  if (policy[permission]) return;
  const side = permission === 'decide' ? policy.certifier : policy.municipality;
  if (!side)
    throw new ForbiddenError(
      permission === 'decide'
        ? 'Only the certifier’s staff decide whether a goal was reached'
        : 'Only the municipality’s staff record progress on its goals',
    );
  if (g.assessmentStatus !== 'passed' || !['agreed', 'reached', 'missed'].includes(g.status)) {
    throw new ConflictError(
      `Development goal ${g.id} is not an agreed goal of a passed assessment (goal "${g.status}", assessment "${g.assessmentStatus}"); goals are tracked once the result is released`,
    );
  }
  if (g.successorDecided)
    throw new ConflictError(`The next audit after this goal's assessment has been decided; development goal ${g.id} no longer changes`);
  throw new ConflictError(`Development goal ${g.id} was already decided as ${g.status}`);
}
