import { type Actor, isCertifierStaff, isMunicipalityStaff } from '../auth/actor.js';
import { ConflictError, ForbiddenError } from '../http/errors.js';
import type { AssessmentRow } from './assessment.repository.js';

/**
 * Who may do what with one assessment, in one place. Points are the certifier's
 * until release: the municipality sees its own score only from the report card on,
 * and nothing public ever does (see registry/).
 */
export function assessmentPolicy(actor: Actor, row: Pick<AssessmentRow, 'certifierId' | 'municipalityId' | 'status'>) {
  const certifier = isCertifierStaff(actor) && actor.organizationId === row.certifierId;
  const municipality = isMunicipalityStaff(actor) && actor.organizationId === row.municipalityId;
  const released = row.status === 'passed' || row.status === 'failed';
  return {
    certifier,
    municipality,
    seePoints: certifier || (municipality && released),
    seeMeetingNotes: certifier,
    accept: certifier && row.status === 'applied',
    editDocumentation: municipality && row.status === 'documentation',
    recordMeeting: certifier && row.status === 'documentation',
    proposeGoals: (municipality || certifier) && row.status === 'documentation',
    decideGoals: certifier && (row.status === 'documentation' || row.status === 'meeting_held'),
    score: certifier && row.status === 'meeting_held',
    release: certifier && actor.role === 'certifier_admin' && row.status === 'meeting_held',
    openNewRound: (certifier || (municipality && actor.role === 'municipality_admin')) && row.status === 'failed',
  };
}

export type AssessmentPolicy = ReturnType<typeof assessmentPolicy>;
export type Permission = Exclude<keyof AssessmentPolicy, 'certifier' | 'municipality'>;

const statusNeeded: Partial<Record<Permission, string>> = {
  accept: 'applied',
  editDocumentation: 'documentation',
  recordMeeting: 'documentation',
  proposeGoals: 'documentation',
  score: 'meeting_held',
  release: 'meeting_held',
  openNewRound: 'failed',
};

/** Throws 403 when the role may never do it, 409 when the procedure is in the wrong step for it. */
export function ensure(actor: Actor, row: AssessmentRow, permission: Permission): void {
  if (assessmentPolicy(actor, row)[permission]) return;
  const anyStatus = assessmentPolicy(actor, { ...row, status: (statusNeeded[permission] ?? row.status) as AssessmentRow['status'] });
  if (anyStatus[permission] && statusNeeded[permission]) {
    throw new ConflictError(`This is not possible while the assessment is "${row.status}" (needs "${statusNeeded[permission]}")`);
  }
  throw new ForbiddenError(`Your role (${actor.role}) may not ${permission} on this assessment`);
}
