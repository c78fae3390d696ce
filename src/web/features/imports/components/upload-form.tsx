import { Button, Card, FileInput, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import { promiseLabel } from '../../../lib/service-terms';
import { usePromises } from '../api/use-promises';
import { useUploadImport } from '../api/use-upload-import';

const ACCEPT = '.csv,.txt,.xlsx,.xml,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/xml,text/xml';

/** Upload of a CSV, XLSX or XGewerbeanzeige file, with the promise for rows that name none. */
export function UploadForm({ onQueued }: { onQueued: (id: string) => void }) {
  const { t } = useTranslation();
  const promises = usePromises();
  const upload = useUploadImport(onQueued);
  const [file, setFile] = useState<File | null>(null);
  const [promiseKey, setPromiseKey] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (file) upload.mutate({ file, promiseKey }, { onSuccess: () => setFile(null) });
  };
  const options = (promises.data?.items ?? []).map((p) => ({ value: p.key, label: promiseLabel(p) }));

  return (
    <Card withBorder component="section" aria-labelledby="import-upload-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="import-upload-heading">
            {t('imports.upload.title')}
          </Title>
          <Text size="sm">{t('imports.upload.intro')}</Text>
          <List size="sm">
            <List.Item>{t('imports.upload.formatTable')}</List.Item>
            <List.Item>{t('imports.upload.formatXml')}</List.Item>
          </List>
          <Group align="flex-end" wrap="wrap">
            <FileInput
              label={t('imports.upload.file')}
              description={t('imports.upload.filePlaceholder')}
              accept={ACCEPT}
              value={file}
              onChange={setFile}
              clearable
              required
              w={320}
              error={touched && !file ? t('imports.upload.fileMissing') : undefined}
              leftSection={<IconFileImport size={16} aria-hidden />}
            />
            <Select
              label={t('imports.upload.promise')}
              description={t('imports.upload.promiseHint')}
              placeholder={t('imports.upload.promiseNone')}
              data={options}
              value={promiseKey}
              onChange={setPromiseKey}
              clearable
              searchable
              w={360}
            />
          </Group>
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('imports.upload.submit')}
            </Button>
            <DownloadButton path="/cases/imports/template.csv" label={t('imports.upload.template')} variant="default" />
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
