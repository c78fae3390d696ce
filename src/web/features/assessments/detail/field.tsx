import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A read-only value with its label above. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.8" fw={600}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}
