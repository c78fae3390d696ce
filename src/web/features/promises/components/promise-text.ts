import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';
import { areaText, deadlineText } from '../../../lib/service-terms';
import type { ServicePromise } from '../api/types';
import type { ComparedField } from '../promise-changes';
import { useLinkableCriteria } from '../api/use-linkable-criteria';

/** How a promise's values read in the UI: deadline, percentages, criterion links. */
export function usePromiseText() {
  const { t, i18n } = useTranslation();
  const { schemes } = useLinkableCriteria();
  const percent = (v: number) => formatPercent(v, i18n.language);
  const criterion = (schemeId: string, criterionId: string) => {
    const label = schemes.find((s) => s.schemeId === schemeId)?.criteria.find((c) => c.value === criterionId)?.label ?? criterionId;
    return `${t(`promises.schemesShort.${schemeId}`, { defaultValue: schemeId })}: ${label}`;
  };
  const deadline = (p: ServicePromise) => deadlineText(t, p.amount, p.unit);

  const field = (p: ServicePromise, f: ComparedField): string => {
    switch (f) {
      case 'deadline':
        return deadline(p);
      case 'area':
        return areaText(t, p.area);
      case 'role':
        return t(`promises.roles.${p.role ?? 'none'}`);
      case 'warningFraction':
      case 'allowedDeviationRate':
        return percent(p[f]);
      case 'published':
        return p.published ? t('promises.yes') : t('promises.no');
      case 'criterionRefs':
        return p.criterionRefs.length ? p.criterionRefs.map((r) => criterion(r.schemeId, r.criterionId)).join('; ') : '–';
      default: {
        const v = p[f];
        return v === null || v === '' ? '–' : String(v);
      }
    }
  };
  return { percent, criterion, deadline, field };
}
