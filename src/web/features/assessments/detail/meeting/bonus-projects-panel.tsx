import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/format';
import type { AssessmentDetail } from '../../api/types';
import { useAddBonusProject } from '../../api/use-add-bonus-project';

/** Projects the municipality presents for bonus points (the points themselves are set in the result step). */
export function BonusProjectsPanel({ assessment: a }: { assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const add = useAddBonusProject(a.id);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ title: title.trim(), description: description.trim() }, { onSuccess: () => (setTitle(''), setDescription('')) });
  };

  return (
    <Card withBorder component="section" aria-labelledby="bonus-heading">
      <Stack>
        <Title order={3} size="h4" id="bonus-heading">
          {t('assessments.bonus.title')}
        </Title>
        {a.bonusProjects.length === 0 ? (
          <Text size="sm">{t('assessments.bonus.empty')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {a.bonusProjects.map((p) => (
              <Card key={p.id} withBorder padding="sm" component="li">
                <Text fw={600}>{p.title}</Text>
                {p.description && <Text size="sm">{p.description}</Text>}
                {a.permissions.seePoints && p.pointsAwarded !== null && (
                  <Text size="sm" c="gray.8">
                    {t('assessments.bonus.pointsAwarded', { points: formatNumber(p.pointsAwarded, i18n.language) })}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        )}
        {a.permissions.proposeGoals && (
          <Stack component="form" onSubmit={submit} gap="xs" aria-labelledby="bonus-form-heading">
            <Title order={4} size="h5" id="bonus-form-heading">
              {t('assessments.bonus.proposeTitle')}
            </Title>
            <TextInput
              label={t('assessments.bonus.projectTitle')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={300}
            />
            <Textarea
              label={t('assessments.bonus.description')}
              autosize
              minRows={2}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              maxLength={5000}
            />
            <Group>
              <Button type="submit" variant="outline" loading={add.isPending} disabled={!title.trim()}>
                {t('assessments.bonus.propose')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
