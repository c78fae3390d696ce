import type { Localized } from '../../../lib/format';
import type { DeadlineUnit, PromiseArea } from '../../../lib/service-terms';

export const PROMISE_ROLES = ['callback', 'delay_notice'] as const;
export type PromiseRole = (typeof PROMISE_ROLES)[number];

/** The seal schemes whose criteria a promise can be linked to (its figures become their evidence). */
export const LINKABLE_SCHEMES = ['ral-gz-981', 'gsm-serviceversprechen'] as const;

export type CriterionRef = { schemeId: string; criterionId: string };

export type ServicePromise = {
  id: string;
  key: string;
  version: number;
  number: number | null;
  title: string;
  description: string;
  area: PromiseArea;
  role: PromiseRole | null;
  startEvent: string;
  stopEvent: string;
  amount: number | null;
  unit: DeadlineUnit | null;
  warningFraction: number;
  allowedDeviationRate: number;
  leikaKey: string | null;
  criterionRefs: CriterionRef[];
  published: boolean;
  retiredAt: string | null;
  createdAt: string;
};

/** What PUT /promises/:id takes (POST also takes an optional key, derived from the title when left out). */
export type PromiseInput = Omit<ServicePromise, 'id' | 'key' | 'version' | 'retiredAt' | 'createdAt'>;

export type CatalogSummary = { id: string; schemeId: string; version: string; title: Localized; criteriaCount: number };

export type CatalogTopic = {
  id: string;
  title: Localized;
  criteria?: { id: string; reference?: string; title: Localized }[];
  topics?: CatalogTopic[];
};
export type CatalogDefinition = { id: string; version: string; title: Localized; topics: CatalogTopic[] };

export const promiseKeys = {
  all: ['promises'] as const,
  list: () => ['promises', 'list'] as const,
  versions: (id: string) => ['promises', 'versions', id] as const,
  catalogs: ['catalogs'] as const,
};
