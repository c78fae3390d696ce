import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { type Actor, isMunicipalityStaff } from '../auth/actor.js';
import type { Db } from '../db/client.js';
import { ForbiddenError, NotFoundError } from '../http/errors.js';
import { createFiguresCache } from './figures.cache.js';
import { buildFiguresCsv, buildFiguresXlsx, exportFileName } from './figures.export.js';
import { bucketsOf, type Period, resolvePeriod } from './figures.periods.js';
import { type AggregateRow, createFiguresRepository, type FigureFilter } from './figures.repository.js';
import type {
  AdministrationRef,
  BreakdownFigures,
  CasesQuery,
  DistrictFiguresView,
  DistrictQuery,
  ExportQuery,
  FiguresQuery,
  FiguresView,
  Granularity,
  PromiseFigures,
} from './figures.schemas.js';

type Deps = {
  db: Db;
  now: () => Date;
  /** How many computed figures to keep (figures.cache.ts); 0 computes every request afresh. */
  cachedFigures?: number;
};

/** Enough for every district and administration's current year and a few other periods. */
const CACHED_FIGURES = 500;

export const CASES_PAGE_SIZE = 50;

type Counts = Pick<AggregateRow, 'cases' | 'onTime' | 'late' | 'pending' | 'fulfilled' | 'excluded'>;
const ZERO: AggregateRow = {
  key: '',
  organizationId: null,
  bucket: null,
  cases: 0,
  onTime: 0,
  late: 0,
  pending: 0,
  fulfilled: 0,
  excluded: 0,
  medianWorkingDays: null,
  p90WorkingDays: null,
};

/** RAL-GZ 981: the share of decided cases that missed the deadline; null while none is decided. */
export function deviationRate(c: Pick<Counts, 'onTime' | 'late'>): number | null {
  const decided = c.onTime + c.late;
  return decided === 0 ? null : c.late / decided;
}

function countsView(r: AggregateRow, hasDeadline: boolean, allowed: number) {
  const rate = hasDeadline ? deviationRate(r) : null;
  return {
    cases: r.cases,
    onTime: r.onTime,
    late: r.late,
    pending: r.pending,
    fulfilled: r.fulfilled,
    excluded: r.excluded,
    deviationRate: rate,
    aboveAllowed: rate !== null && rate > allowed,
  };
}

/** Figures as computed, shared by every request they are served to: never changed in place. */
type Computed = { today: string; promises: PromiseFigures[]; breakdown: Map<string, BreakdownFigures[]> };

/**
 * Live compliance figures of an administration or a whole district: per promise key,
 * over the cases received in a period, with a trend per month, quarter or year.
 */
export function createFiguresService({ db, now, cachedFigures = CACHED_FIGURES }: Deps) {
  const repo = createFiguresRepository(db);
  const cache = createFiguresCache<Computed>({ maxEntries: cachedFigures });
  const today = () => toBerlinDate(now());

  function ownAdministration(actor: Actor): AdministrationRef {
    if (!isMunicipalityStaff(actor) || (actor.organizationKind !== 'municipality' && actor.organizationKind !== 'district')) {
      throw new ForbiddenError('Only the staff of a municipality or district see compliance figures');
    }
    return { id: actor.organizationId, name: actor.organizationName, kind: actor.organizationKind };
  }

  async function districtOf(actor: Actor): Promise<{ district: AdministrationRef; administrations: AdministrationRef[] }> {
    if (!isMunicipalityStaff(actor) || actor.organizationKind !== 'district')
      throw new ForbiddenError('Only the staff of a district see district figures');
    const administrations = (await repo.districtAdministrations(actor.organizationId)).map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind as AdministrationRef['kind'],
    }));
    return { district: administrations[0]!, administrations };
  }

  function pick(administrations: AdministrationRef[], organizationId: string | undefined, districtName: string): AdministrationRef[] {
    if (!organizationId) return administrations;
    const one = administrations.find((a) => a.id === organizationId);
    if (!one) throw new NotFoundError(`Administration ${organizationId} is not part of ${districtName}`);
    return [one];
  }

  /** The figures of these administrations, served from the cache while none of their cases or promises changed. */
  async function compute(
    organizationIds: string[],
    preferredId: string,
    period: Period,
    granularity: Granularity,
    perOrganization: boolean,
  ): Promise<Computed> {
    const filter = { organizationIds, ...period, today: today() };
    const key = JSON.stringify([organizationIds, preferredId, period.from, period.to, granularity, perOrganization, filter.today]);
    return cache.get(key, await repo.stamp(organizationIds), () => computeNow(filter, preferredId, granularity, perOrganization));
  }

  async function computeNow(
    filter: FigureFilter,
    preferredId: string,
    granularity: Granularity,
    perOrganization: boolean,
  ): Promise<Computed> {
    const { organizationIds, ...period } = filter;
    const [versions, rows] = await Promise.all([
      repo.promiseVersions(organizationIds, preferredId),
      repo.aggregate(filter, granularity, { perOrganization }),
    ]);
    const totals = new Map<string, AggregateRow>();
    const trend = new Map<string, AggregateRow>();
    const perOrg = new Map<string, AggregateRow>();
    for (const r of rows) {
      if (r.bucket !== null) trend.set(`${r.key}|${r.bucket}`, r);
      else if (r.organizationId !== null) perOrg.set(`${r.key}|${r.organizationId}`, r);
      else totals.set(r.key, r);
    }
    const buckets = bucketsOf(period, granularity);
    const shown = versions
      .filter((v) => v.current || totals.has(v.key))
      .sort((a, b) => (a.number ?? 999) - (b.number ?? 999) || a.title.localeCompare(b.title, 'de'));
    const promises: PromiseFigures[] = shown.map((v) => {
      const hasDeadline = v.amount !== null;
      const total = totals.get(v.key) ?? ZERO;
      return {
        key: v.key,
        number: v.number,
        title: v.title,
        area: v.area,
        amount: v.amount,
        unit: v.unit,
        hasDeadline,
        allowedDeviationRate: v.allowedDeviationRate,
        ...countsView(total, hasDeadline, v.allowedDeviationRate),
        medianWorkingDays: total.medianWorkingDays,
        p90WorkingDays: total.p90WorkingDays,
        trend: buckets.map((b) => {
          const {
            fulfilled: _f,
            aboveAllowed: _a,
            ...counts
          } = countsView(trend.get(`${v.key}|${b.start}`) ?? ZERO, hasDeadline, v.allowedDeviationRate);
          return { label: b.label, from: b.from, to: b.to, ...counts };
        }),
      };
    });
    const breakdown = new Map(
      organizationIds.map((organizationId) => [
        organizationId,
        promises.map((pf): BreakdownFigures => {
          const r = perOrg.get(`${pf.key}|${organizationId}`) ?? ZERO;
          return {
            key: pf.key,
            ...countsView(r, pf.hasDeadline, pf.allowedDeviationRate),
            medianWorkingDays: r.medianWorkingDays,
            p90WorkingDays: r.p90WorkingDays,
          };
        }),
      ]),
    );
    return { today: filter.today, promises, breakdown };
  }

  const service = {
    today,

    async administration(actor: Actor, q: FiguresQuery): Promise<FiguresView> {
      const organization = ownAdministration(actor);
      const period = resolvePeriod(q, today());
      const r = await compute([organization.id], organization.id, period, q.granularity, false);
      return { organization, period: { ...period, granularity: q.granularity }, today: r.today, promises: r.promises };
    },

    async district(actor: Actor, q: DistrictQuery): Promise<DistrictFiguresView> {
      const { district, administrations } = await districtOf(actor);
      const selected = pick(administrations, q.organizationId, district.name);
      const period = resolvePeriod(q, today());
      const r = await compute(
        selected.map((a) => a.id),
        district.id,
        period,
        q.granularity,
        true,
      );
      return {
        organization: district,
        period: { ...period, granularity: q.granularity },
        today: r.today,
        promises: r.promises,
        administrations,
        selectedOrganizationId: q.organizationId ?? null,
        breakdown: selected.map((a) => ({ ...a, promises: r.breakdown.get(a.id)! })),
      };
    },

    /** The cases behind a figure. Business names only for the caller's own administration's cases. */
    async cases(actor: Actor, q: CasesQuery) {
      const own = ownAdministration(actor);
      let organizationIds = [own.id];
      if (actor.organizationKind === 'district') {
        const { district, administrations } = await districtOf(actor);
        organizationIds = pick(administrations, q.organizationId, district.name).map((a) => a.id);
      } else if (q.organizationId && q.organizationId !== own.id) {
        throw new NotFoundError(`Administration ${q.organizationId} not found`);
      }
      const period = resolvePeriod(q, today());
      const { items, total } = await repo.cases({ organizationIds, ...period, today: today() }, q, {
        limit: CASES_PAGE_SIZE,
        offset: (q.page - 1) * CASES_PAGE_SIZE,
      });
      return {
        page: q.page,
        pageSize: CASES_PAGE_SIZE,
        total,
        items: items.map((i) => ({ ...i, businessName: i.organizationId === actor.organizationId ? i.businessName : null })),
      };
    },

    /** The same figures as a download: XLSX (exceljs) or CSV for German Excel. */
    async exportFile(actor: Actor, q: ExportQuery, format: 'xlsx' | 'csv') {
      const view = q.scope === 'district' ? await service.district(actor, q) : await service.administration(actor, q);
      const content = format === 'xlsx' ? await buildFiguresXlsx(view) : Buffer.from(buildFiguresCsv(view), 'utf8');
      return { fileName: exportFileName(view, format), content };
    },
  };
  return service;
}

export type FiguresService = ReturnType<typeof createFiguresService>;
