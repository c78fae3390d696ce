import { queryKeys } from '../../../lib/query-keys';

// Findings hang under the assessment's detail key: refreshing an assessment refreshes its
// findings, and a change to a finding refreshes the assessment (its open-major count).
export const findingKeys = {
  list: (assessmentId: string) => [...queryKeys.assessments.detail(assessmentId), 'findings'] as const,
  /** What a change to a finding or action makes stale: every assessment view and the audit trail. */
  affected: [queryKeys.assessments.all, ['audit-events']],
};
