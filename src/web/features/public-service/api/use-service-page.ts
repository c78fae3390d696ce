import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { publicServiceKeys, type ServicePage } from './types';

/** An administration's public service page: published promises, pilot cards, callback offer. */
export function useServicePage(organizationId: string) {
  return useQuery({
    queryKey: publicServiceKeys.page(organizationId),
    queryFn: () => api<ServicePage>(`/public/administrations/${organizationId}`),
  });
}
