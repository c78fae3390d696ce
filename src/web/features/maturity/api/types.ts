import type { Localized } from '../../../lib/format';

// The digital maturity API as the web reads it (see src/server/maturity/maturity.schemas.ts).

export type LevelRef = { id: string; title: Localized };

export type MaturityDimension = {
  id: string;
  title: Localized;
  perspective: 'outside' | 'inside';
  maxLevel: number;
  criteria: { id: string; title: Localized; maxLevel: number; guidingQuestions: Localized[] }[];
  selfLevel: number | null;
  auditorLevel: number | null;
};

export type OnlineServiceSummary = {
  total: number;
  statedOnline: number;
  checked: number | null;
  reallyOnline: number | null;
  share: number | null;
};

export type SelfRating = { criterionId: string; level: number | null; comment: string };

export type MaturityView = {
  assessmentId: string;
  aggregation: 'weakest' | 'average';
  levels: (LevelRef & { description: Localized | null; minLevel: number })[];
  selfAssessment: {
    submittedAt: string | null;
    digitalBudgetEuro: number | null;
    totalBudgetEuro: number | null;
    budgetShare: number | null;
    level: LevelRef | null;
    criteria: SelfRating[];
  };
  dimensions: MaturityDimension[];
  onlineServices: OnlineServiceSummary & { criterionId: string | null };
  result: {
    complete: boolean;
    released: boolean;
    level: LevelRef | null;
    nextLevel: (LevelRef & { minLevel: number }) | null;
    strengths: string[];
    weaknesses: string[];
    nextSteps: { dimensionId: string; criterionId: string; title: Localized; currentLevel: number; targetLevel: number }[];
  } | null;
  permissions: { editSelfAssessment: boolean; submitSelfAssessment: boolean; seeAuditorLevels: boolean };
};

export type Benchmark = {
  sizeClass: { id: string; minPopulation: number; maxPopulation: number | null } | null;
  minimumGroupSize: number;
  available: boolean;
  reason: 'not-enough-comparable-municipalities' | 'population-unknown' | null;
  message: string | null;
  comparableMunicipalities: number | null;
  dimensions: { id: string; median: number | null }[];
};

export type OnlineService = {
  id: string;
  name: string;
  leikaKey: string | null;
  url: string | null;
  statedLevel: number;
  checkedLevel: number | null;
  note: string | null;
  checkedAt: string | null;
};

export type OnlineServiceList = {
  items: OnlineService[];
  summary: OnlineServiceSummary;
  permissions: { edit: boolean; check: boolean; seeChecks: boolean };
};

export type OnlineServiceInput = { name: string; leikaKey: string | null; url: string | null; statedLevel: number };

export type SelfAssessmentInput = {
  criteria: SelfRating[];
  digitalBudgetEuro: number | null;
  totalBudgetEuro: number | null;
};

/** OZG maturity model v1.1 runs from 0 (offline) to 4 (online transaction). */
export const OZG_LEVELS = [0, 1, 2, 3, 4] as const;
