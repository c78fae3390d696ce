import { Alert, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../../components/download-button';
import { type TableImportResult, useImportTable } from '../../api/use-import-table';

/** The documentation table as XLSX: download, and for the municipality upload back with row errors. */
export function TableTransfer({ assessmentId, editable }: { assessmentId: string; editable: boolean }) {
  const { t } = useTranslation();
  const importTable = useImportTable(assessmentId);
  const [result, setResult] = useState<TableImportResult | null>(null);
  const inputId = useId();

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setResult(null);
    importTable.mutate(file, { onSuccess: (r) => setResult(r), onSettled: () => (input.value = '') });
  };

  return (
    <Card withBorder component="section" aria-labelledby="table-transfer-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="table-transfer-heading">
          {t('assessments.documentation.tableTitle')}
        </Title>
        <Text size="sm">{editable ? t('assessments.documentation.tableHintEdit') : t('assessments.documentation.tableHint')}</Text>
        <Group align="flex-end">
          <DownloadButton
            path={`/assessments/${assessmentId}/documentation-table.xlsx`}
            label={t('assessments.documentation.downloadTable')}
          />
          {editable && (
            <div>
              <label htmlFor={inputId} style={{ fontSize: 14, fontWeight: 500, display: 'block' }}>
                {t('assessments.documentation.uploadTable')}
              </label>
              <input
                id={inputId}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={onFile}
                disabled={importTable.isPending}
              />
            </div>
          )}
        </Group>
        {importTable.isPending && <Text size="sm">{t('assessments.documentation.uploading')}</Text>}
        {result && (
          <Alert
            color={result.errors.length ? 'orange' : 'green'}
            title={t('assessments.documentation.importResult', { count: result.imported })}
            role="status"
          >
            {result.errors.length > 0 && (
              <>
                <Text size="sm" c="dark.9">
                  {t('assessments.documentation.importErrors', { count: result.errors.length })}
                </Text>
                <List size="sm" c="dark.9">
                  {result.errors.map((err, i) => (
                    <List.Item key={i}>
                      {err.row !== undefined ? t('assessments.documentation.row', { row: err.row }) : ''}
                      {err.message}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
