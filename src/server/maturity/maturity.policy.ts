import { maturityDecisionOf, maturityDimensions } from '../../domain/maturity/maturity-profile.js';
import type { Actor } from '../auth/actor.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors.js';
import { assessmentPolicy, ensure } from '../assessments/assessment.policy.js';
import type { AssessmentRow } from '../assessments/assessment.repository.js';

/**
 * Who may do what in a digital maturity assessment, on top of the procedure's policy:
 * the municipality rates itself while the documentation is open and until it submits;
 * the auditor checks the online services until the result is released; the auditor's
 * levels and checks are confidential like points (assessmentPolicy.seePoints).
 */
export function maturityPolicy(actor: Actor, row: AssessmentRow) {
  const p = assessmentPolicy(actor, row);
  return {
    certifier: p.certifier,
    municipality: p.municipality,
    editSelfAssessment: p.editDocumentation && !row.selfAssessmentSubmittedAt,
    checkOnlineServices: p.certifier && (row.status === 'documentation' || row.status === 'meeting_held'),
    seeAuditorLevels: p.seePoints,
  };
}

/** 403 for a role that never may, 409 in the wrong step or after the self-assessment was submitted. */
export function ensureSelfAssessmentOpen(actor: Actor, row: AssessmentRow): void {
  ensure(actor, row, 'editDocumentation');
  if (row.selfAssessmentSubmittedAt) throw new ConflictError('The self-assessment has been submitted and can no longer be changed');
}

export function ensureMayCheck(actor: Actor, row: AssessmentRow): void {
  const p = maturityPolicy(actor, row);
  if (p.checkOnlineServices) return;
  if (!p.certifier) throw new ForbiddenError(`Your role (${actor.role}) may not check online services`);
  throw new ConflictError(`Online services can be checked while the assessment is "documentation" or "meeting_held", not "${row.status}"`);
}

/** The assessment's catalog with its maturity dimensions; 404 for a scheme that rates no maturity. */
export function maturityCatalogOf(catalogs: Pick<CatalogService, 'get'>, row: Pick<AssessmentRow, 'id' | 'catalogId'>) {
  const stored = catalogs.get(row.catalogId);
  const decision = maturityDecisionOf(stored.catalog);
  const dimensions = maturityDimensions(stored.catalog);
  if (!decision || dimensions.length === 0) throw new NotFoundError(`Assessment ${row.id} is not a digital maturity assessment`);
  return { stored, decision, dimensions };
}
