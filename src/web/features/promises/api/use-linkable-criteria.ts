import { useTranslation } from 'react-i18next';
import { pickLocale } from '../../../lib/format';
import { type CatalogTopic, LINKABLE_SCHEMES } from './types';
import { useCatalogDefinitions } from './use-catalog-definitions';
import { useCatalogs } from './use-catalogs';

export type CriterionOption = { value: string; label: string };
export type LinkableScheme = { schemeId: string; criteria: CriterionOption[] };

/**
 * The criteria a promise can be linked to, from the latest version of each linkable scheme
 * (the server checks a link against that version too).
 */
export function useLinkableCriteria(): { schemes: LinkableScheme[]; isPending: boolean; isError: boolean } {
  const { i18n } = useTranslation();
  const catalogs = useCatalogs();
  const latest = LINKABLE_SCHEMES.flatMap((schemeId) => {
    const versions = (catalogs.data?.items ?? []).filter((c) => c.schemeId === schemeId).map((c) => c.version);
    versions.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    return versions[0] ? [{ schemeId, version: versions[0] }] : [];
  });
  const definitions = useCatalogDefinitions(latest);
  const schemes = latest.map(({ schemeId }, i) => {
    const def = definitions[i]?.data?.definition;
    const flat = def ? flatten(def.topics) : [];
    return {
      schemeId,
      criteria: flat.map((c) => ({
        value: c.id,
        label: c.reference ? `${c.reference} – ${pickLocale(c.title, i18n.language)}` : pickLocale(c.title, i18n.language),
      })),
    };
  });
  return {
    schemes,
    isPending: catalogs.isPending || definitions.some((d) => d.isPending),
    isError: catalogs.isError || definitions.some((d) => d.isError),
  };
}

function flatten(topics: CatalogTopic[]): NonNullable<CatalogTopic['criteria']> {
  return topics.flatMap((t) => [...(t.criteria ?? []), ...flatten(t.topics ?? [])]);
}
