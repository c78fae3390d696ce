import { useSearchParams } from 'react-router';
import type { Granularity } from './api/types';

export type PeriodState = { year: number | null; from: string; to: string; granularity: Granularity; organizationId: string };

const GRANULARITIES: Granularity[] = ['month', 'quarter', 'year'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const currentYear = () => new Date().getFullYear();

function fromUrl(params: URLSearchParams): PeriodState {
  const g = params.get('aufloesung') as Granularity | null;
  const granularity = g && GRANULARITIES.includes(g) ? g : 'month';
  const organizationId = params.get('verwaltung') ?? '';
  const from = params.get('von') ?? '';
  const to = params.get('bis') ?? '';
  if (ISO.test(from) && ISO.test(to)) return { year: null, from, to, granularity, organizationId };
  const year = Number(params.get('jahr')) || currentYear();
  return { year, from: `${year}-01-01`, to: `${year}-12-31`, granularity, organizationId };
}

function toUrl(s: PeriodState): URLSearchParams {
  const entries: [string, string][] =
    s.year === null
      ? [
          ['von', s.from],
          ['bis', s.to],
        ]
      : [['jahr', s.year === currentYear() ? '' : String(s.year)]];
  entries.push(['aufloesung', s.granularity === 'month' ? '' : s.granularity], ['verwaltung', s.organizationId]);
  return new URLSearchParams(entries.filter(([, v]) => v));
}

/** Period, granularity and the selected administration live in the URL, so a link or "back" keeps them. */
export function usePeriodState() {
  const [params, setParams] = useSearchParams();
  const state = fromUrl(params);
  const update = (next: Partial<PeriodState>) => setParams(toUrl({ ...state, ...next }), { replace: true });
  return [state, update] as const;
}
