import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Outcome } from '../api/types';
import { casesLink } from '../format';

type Props = {
  count: number;
  promiseKey: string;
  promiseTitle: string;
  outcome?: Outcome;
  from: string;
  to: string;
  organizationId?: string | undefined;
};

/** A count in a figures table that opens the cases behind it; the link names what it opens. */
export function CountLink({ count, promiseKey, promiseTitle, outcome, from, to, organizationId }: Props) {
  const { t } = useTranslation();
  if (count === 0) return <>0</>;
  const what = outcome ? t(`figures.outcome.${outcome}`) : t('figures.cases.allOutcomes');
  return (
    <Anchor
      component={Link}
      to={casesLink({ from, to, promiseKey, outcome, organizationId })}
      aria-label={t('figures.table.drill', { count, what, promise: promiseTitle })}
    >
      {count}
    </Anchor>
  );
}
