import { ActionIcon, Anchor, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type ChangeEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../../lib/api-client';
import { formatDateTime } from '../../../../lib/format';
import type { Evidence } from '../../api/types';
import { useDeleteEvidence } from '../../api/use-delete-evidence';
import { useUploadEvidence } from '../../api/use-upload-evidence';

type Props = { assessmentId: string; criterionId: string; criterionTitle: string; evidence: Evidence[]; editable: boolean };

function size(bytes: number) {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The evidence folder of one criterion: download links, and upload for the municipality. */
export function EvidenceList({ assessmentId, criterionId, criterionTitle, evidence, editable }: Props) {
  const { t } = useTranslation();
  const upload = useUploadEvidence(assessmentId);
  const remove = useDeleteEvidence(assessmentId);
  const inputId = useId();

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    upload.mutate({ criterionId, file }, { onSettled: () => (input.value = '') });
  };

  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('assessments.documentation.evidenceHeading')}
      </Text>
      {evidence.length === 0 ? (
        <Text size="sm">{t('assessments.documentation.noEvidence')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {evidence.map((e) => (
            <List.Item key={e.id}>
              <Group gap="xs" wrap="nowrap">
                <Anchor href={apiUrl(`/assessments/${assessmentId}/evidence/${e.id}`)} download={e.fileName}>
                  {e.fileName}
                </Anchor>
                <Text size="xs" c="gray.8">
                  {size(e.size)}, {formatDateTime(e.uploadedAt)}
                </Text>
                {editable && (
                  <Tooltip label={t('assessments.documentation.deleteEvidence', { name: e.fileName })}>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      size="sm"
                      aria-label={t('assessments.documentation.deleteEvidence', { name: e.fileName })}
                      onClick={() => remove.mutate(e.id)}
                      loading={remove.isPending && remove.variables === e.id}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {editable && (
        <div>
          <label htmlFor={inputId} style={{ fontSize: 14, fontWeight: 500, display: 'block', marginTop: 4 }}>
            {t('assessments.documentation.uploadEvidence')}
          </label>
          <input
            id={inputId}
            type="file"
            accept="application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp"
            onChange={onFile}
            disabled={upload.isPending}
            aria-describedby={`${inputId}-hint`}
            data-criterion={criterionId}
          />
          <Text id={`${inputId}-hint`} size="xs" c="gray.8">
            {upload.isPending
              ? t('assessments.documentation.uploading')
              : t('assessments.documentation.uploadHint', { criterion: criterionTitle })}
          </Text>
        </div>
      )}
    </Stack>
  );
}
