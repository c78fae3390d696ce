// The grades an ISO-style audit gives a finding (DOMAIN.md §2, ISO 9001 row), from the
// worst down: Hauptabweichung, Nebenabweichung, Feststellung, Verbesserungspotenzial.

export const FINDING_GRADES = ['major', 'minor', 'observation', 'improvement'] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];

/** Higher is worse; a grade may rise (escalate) but never fall by itself. */
export const GRADE_SEVERITY: Record<FindingGrade, number> = { improvement: 0, observation: 1, minor: 2, major: 3 };

/** Major and minor findings are nonconformities: they need a corrective action before they close. */
export const isNonconformity = (grade: FindingGrade): boolean => grade === 'major' || grade === 'minor';
