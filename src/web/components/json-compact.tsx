import { Code } from '@mantine/core';

/** A value as one line of JSON, or a dash when empty. */
export function JsonCompact({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span>–</span>;
  return (
    <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} c="dark.8">
      {JSON.stringify(value)}
    </Code>
  );
}
