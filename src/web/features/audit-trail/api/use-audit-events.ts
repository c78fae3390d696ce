import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type AuditEvent = {
  id: number;
  occurredAt: string;
  actorName: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
};

export function useAuditEvents(limit: number) {
  return useQuery({
    queryKey: queryKeys.auditEvents(limit),
    queryFn: () => api<{ items: AuditEvent[] }>('/audit-events', { query: { limit } }),
  });
}
