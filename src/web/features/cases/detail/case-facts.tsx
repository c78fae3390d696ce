import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, telHref } from '../../../lib/format';
import type { CaseDetail } from '../api/types';

/** A term and its description; rows with no value show a dash. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600} c="gray.8">
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children ?? '–'}
      </Text>
    </div>
  );
}

function FactList({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm" m={0}>
      {children}
    </SimpleGrid>
  );
}

/** What the case is measured against and who it concerns. */
export function CaseFacts({ detail: c }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const deadline =
    c.promise.amount && c.promise.unit ? t(`cases.unit.${c.promise.unit}`, { count: c.promise.amount }) : t('cases.noDeadline');
  const details = Object.entries(c.details);
  const erased = c.personalDataErasedAt !== null;

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md" component="section" aria-labelledby="case-measure-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="case-measure-heading">
            {t('cases.facts.measureHeading')}
          </Title>
          <FactList>
            <Fact term={t('cases.field.promise')}>
              {t('cases.facts.promiseVersion', { title: c.promise.title, version: c.promise.version })}
              {c.promise.retired && ` (${t('cases.facts.retired')})`}
            </Fact>
            <Fact term={t('cases.facts.deadline')}>{deadline}</Fact>
            <Fact term={t('cases.facts.calendar')}>
              {t('cases.facts.calendarVersion', { version: c.calendar.version, region: c.calendar.region })}
            </Fact>
            <Fact term={t('cases.field.receivedAt')}>{formatDateTime(c.receivedAt)}</Fact>
            <Fact term={t('cases.field.dueOn')}>{c.dueOn ? formatDate(c.dueOn) : t('cases.noDeadline')}</Fact>
            <Fact term={t('cases.field.warningOn')}>{c.warningOn ? formatDate(c.warningOn) : null}</Fact>
            <Fact term={t('cases.field.fulfilledOn')}>{c.fulfilledOn ? formatDate(c.fulfilledOn) : null}</Fact>
            <Fact term={t('cases.field.duration')}>
              {c.durationWorkingDays === null ? null : t('cases.facts.workingDays', { count: c.durationWorkingDays })}
            </Fact>
            <Fact term={t('cases.facts.pauses')}>
              {c.pauses.length === 0
                ? t('cases.facts.noPauses')
                : c.pauses
                    .map((p) =>
                      p.to
                        ? t('cases.facts.pauseRange', { from: formatDate(p.from), to: formatDate(p.to) })
                        : t('cases.facts.pauseOpen', { from: formatDate(p.from) }),
                    )
                    .join('; ')}
            </Fact>
            {c.exclusionReason && (
              <Fact term={t('cases.facts.exclusionReason')}>
                {t(`cases.exclusionReason.${c.exclusionReason}`, { defaultValue: c.exclusionReason })}
              </Fact>
            )}
            <Fact term={t('cases.facts.delayNotice')}>
              {c.delayNoticeSentAt ? formatDateTime(c.delayNoticeSentAt) : t('cases.facts.notSent')}
            </Fact>
            <Fact term={t('cases.facts.source')}>{t(`cases.source.${c.source}`)}</Fact>
            {c.externalId && <Fact term={t('cases.facts.externalId')}>{c.externalId}</Fact>}
          </FactList>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="case-contact-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="case-contact-heading">
            {t('cases.facts.contactHeading')}
          </Title>
          {erased && <Text size="sm">{t('cases.facts.erased', { date: formatDateTime(c.personalDataErasedAt) })}</Text>}
          <FactList>
            <Fact term={t('cases.field.pilot')}>
              {c.pilotName ? (
                <>
                  {c.pilotName}
                  {c.pilotEmail && (
                    <>
                      {' · '}
                      <Anchor href={`mailto:${c.pilotEmail}`}>{c.pilotEmail}</Anchor>
                    </>
                  )}
                </>
              ) : (
                t('cases.unassigned')
              )}
            </Fact>
            <Fact term={t('cases.field.businessName')}>{c.businessName}</Fact>
            <Fact term={t('cases.field.contactName')}>{c.contactName}</Fact>
            <Fact term={t('cases.field.contactEmail')}>
              {c.contactEmail && <Anchor href={`mailto:${c.contactEmail}`}>{c.contactEmail}</Anchor>}
            </Fact>
            <Fact term={t('cases.field.contactPhone')}>
              {c.contactPhone && <Anchor href={telHref(c.contactPhone)}>{c.contactPhone}</Anchor>}
            </Fact>
            {details.map(([key, value]) => (
              <Fact key={key} term={t(`cases.detailKey.${key}`, { defaultValue: key })}>
                {value}
              </Fact>
            ))}
          </FactList>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
