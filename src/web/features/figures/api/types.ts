// The figures API as the server's zod schemas describe it (src/server/figures/figures.schemas.ts).
import type { DeadlineUnit, PromiseArea } from '../../../lib/service-terms';

export type Granularity = 'month' | 'quarter' | 'year';
export type Outcome = 'on_time' | 'late' | 'pending' | 'excluded' | 'fulfilled';

export type Counts = {
  cases: number;
  onTime: number;
  late: number;
  pending: number;
  excluded: number;
  deviationRate: number | null;
};

export type TrendPoint = Counts & { label: string; from: string; to: string };

export type PromiseFigures = Counts & {
  key: string;
  number: number | null;
  title: string;
  area: PromiseArea;
  amount: number | null;
  unit: DeadlineUnit | null;
  hasDeadline: boolean;
  allowedDeviationRate: number;
  fulfilled: number;
  aboveAllowed: boolean;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  trend: TrendPoint[];
};

export type BreakdownFigures = Counts & {
  key: string;
  fulfilled: number;
  aboveAllowed: boolean;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
};

export type Administration = { id: string; name: string; kind: 'municipality' | 'district' };

export type FiguresView = {
  organization: Administration;
  period: { from: string; to: string; granularity: Granularity };
  today: string;
  promises: PromiseFigures[];
};

export type DistrictFiguresView = FiguresView & {
  administrations: Administration[];
  selectedOrganizationId: string | null;
  breakdown: (Administration & { promises: BreakdownFigures[] })[];
};

export type FigureCase = {
  id: string;
  organizationId: string;
  organizationName: string;
  promiseKey: string;
  promiseTitle: string;
  reference: string;
  subject: string;
  businessName: string | null;
  receivedOn: string;
  dueOn: string | null;
  fulfilledOn: string | null;
  status: string;
  outcome: Outcome;
  durationWorkingDays: number | null;
};

export type FigureCasesPage = { page: number; pageSize: number; total: number; items: FigureCase[] };

/** What a figures request asks for; the same parameters go into the export links. */
export type FiguresParams = { from: string; to: string; granularity: Granularity; organizationId?: string | undefined };

export type FigureCasesParams = {
  from: string;
  to: string;
  promiseKey?: string | undefined;
  outcome?: Outcome | undefined;
  organizationId?: string | undefined;
  page: number;
};
