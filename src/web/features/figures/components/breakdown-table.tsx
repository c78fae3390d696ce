import { NativeSelect, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { promiseLabel } from '../../../lib/service-terms';
import type { DistrictFiguresView } from '../api/types';
import { FigureCells, FigureHeads } from './figure-cells';

/** District view: one promise at a time, a row per administration of the district. */
export function BreakdownTable({ view }: { view: DistrictFiguresView }) {
  const { t } = useTranslation();
  const withDeadline = view.promises.filter((p) => p.hasDeadline);
  const [key, setKey] = useState(() => (withDeadline[0] ?? view.promises[0])?.key ?? '');
  const promise = view.promises.find((p) => p.key === key) ?? view.promises[0];
  if (!promise) return null;
  const { from, to } = view.period;
  return (
    <Stack gap="sm" component="section" aria-labelledby="breakdown-heading">
      <Title order={2} id="breakdown-heading">
        {t('figures.breakdown.title')}
      </Title>
      <NativeSelect
        label={t('figures.breakdown.promise')}
        value={promise.key}
        onChange={(e) => setKey(e.currentTarget.value)}
        data={view.promises.map((p) => ({ value: p.key, label: promiseLabel(p) }))}
        maw={480}
      />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover captionSide="top">
          <Table.Caption>{t('figures.breakdown.caption', { promise: promise.title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('figures.breakdown.administration')}</Table.Th>
              <FigureHeads />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.breakdown.map((a) => {
              const f = a.promises.find((x) => x.key === promise.key);
              if (!f) return null;
              const link = { promiseKey: promise.key, promiseTitle: `${promise.title} (${a.name})`, from, to, organizationId: a.id };
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={400}>
                    {a.name}
                  </Table.Th>
                  <FigureCells figures={f} hasDeadline={promise.hasDeadline} allowed={promise.allowedDeviationRate} link={link} />
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
