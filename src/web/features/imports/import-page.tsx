import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryState } from '../../components/query-state';
import { useImports } from './api/use-imports';
import { ImportTable } from './components/import-table';
import { UploadForm } from './components/upload-form';

/** /import: upload a file of cases and follow earlier imports. */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const imports = useImports();
  return (
    <Stack>
      <Title order={1}>{t('imports.title')}</Title>
      <Text>{t('imports.intro')}</Text>
      <UploadForm onQueued={(id) => navigate(`/import/${id}`)} />
      <Stack gap="xs" component="section" aria-labelledby="import-list-heading">
        <Title order={2} size="h3" id="import-list-heading">
          {t('imports.list.title')}
        </Title>
        <QueryState query={imports}>{(data) => <ImportTable items={data.items} />}</QueryState>
      </Stack>
    </Stack>
  );
}
