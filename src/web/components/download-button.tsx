import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { apiUrl } from '../lib/api-client';

/** A download from the API as a plain link styled as a button (the session cookie authenticates it). */
export function DownloadButton({
  path,
  label,
  variant = 'outline',
}: {
  path: string;
  label: string;
  variant?: 'outline' | 'filled' | 'default';
}) {
  return (
    <Button component="a" href={apiUrl(path)} download variant={variant} leftSection={<IconDownload size={16} aria-hidden />}>
      {label}
    </Button>
  );
}
