import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionState } from '../../api/types';
import { useSaveDocumentation } from '../../api/use-save-documentation';

export function DocumentationForm({
  assessmentId,
  criterionId,
  state,
}: {
  assessmentId: string;
  criterionId: string;
  state: CriterionState;
}) {
  const { t } = useTranslation();
  const save = useSaveDocumentation(assessmentId);
  const [explanation, setExplanation] = useState(state.explanation);
  const [links, setLinks] = useState(state.links.join('\n'));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      criterionId,
      explanation,
      links: links
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    });
  };

  return (
    <Stack component="form" onSubmit={submit} gap="xs">
      <Textarea
        label={t('assessments.documentation.explanation')}
        autosize
        minRows={3}
        maxLength={10000}
        value={explanation}
        onChange={(e) => setExplanation(e.currentTarget.value)}
      />
      <Textarea
        label={t('assessments.documentation.links')}
        description={t('assessments.documentation.linksHint')}
        autosize
        minRows={2}
        value={links}
        onChange={(e) => setLinks(e.currentTarget.value)}
      />
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('assessments.documentation.save')}
        </Button>
      </Group>
    </Stack>
  );
}
