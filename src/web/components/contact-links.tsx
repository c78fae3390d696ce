import { Anchor, Group } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { telHref } from '../lib/format';

/** An e-mail address and, when there is one, a phone number as links, each on its own line behind its icon. */
export function ContactLinks({ email, phone }: { email: string; phone: string | null }) {
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <IconMail size={16} aria-hidden style={{ flexShrink: 0 }} />
        <Anchor href={`mailto:${email}`} style={{ overflowWrap: 'anywhere' }}>
          {email}
        </Anchor>
      </Group>
      {phone && (
        <Group gap={6} wrap="nowrap">
          <IconPhone size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor href={telHref(phone)}>{phone}</Anchor>
        </Group>
      )}
    </>
  );
}
