import { useQuery } from '@tanstack/react-query';
import type { MAIL_STATUSES } from '../../../../server/db/schema';
import { api } from '../../../lib/api-client';
import { outboxKeys } from './query-keys';

export type MailStatus = (typeof MAIL_STATUSES)[number];

// as GET /api/v1/outbox shapes it (src/server/mail/mail.routes.ts)
export type OutboxMail = {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  relatedType: string | null;
  relatedId: string | null;
  createdAt: string;
  sentAt: string | null;
};

export function useOutbox() {
  return useQuery({
    queryKey: outboxKeys.all,
    queryFn: () => api<{ items: OutboxMail[]; smtpConfigured: boolean }>('/outbox'),
    refetchInterval: 30_000,
  });
}
