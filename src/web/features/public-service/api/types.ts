import type { DeadlineUnit, PromiseArea } from '../../../lib/service-terms';

export type AdministrationSummary = {
  id: string;
  name: string;
  kind: 'platform' | 'certifier' | 'district' | 'municipality';
  stateCode: string | null;
  district: string | null;
  promises: number;
};

export type PublicPromise = {
  number: number | null;
  title: string;
  description: string;
  area: PromiseArea;
  amount: number | null;
  unit: DeadlineUnit | null;
  leikaKey: string | null;
};
export type PublicPilot = { name: string; jobTitle: string; email: string; phone: string | null; areas: PromiseArea[] };

export type ServicePage = {
  id: string;
  name: string;
  kind: 'municipality' | 'district';
  stateCode: string | null;
  district: string | null;
  promises: PublicPromise[];
  pilots: PublicPilot[];
  callbackAvailable: boolean;
};

export type CallbackRequest = {
  formToken: string;
  website: string;
  name: string;
  phone: string;
  email: string | null;
  topic: string;
  preferredTime: string | null;
  consent: boolean;
};

export type CallbackReceipt = { reference: string; dueOn: string | null };

export const publicServiceKeys = {
  administrations: ['public-administrations'] as const,
  page: (id: string) => ['public-administrations', id] as const,
  formToken: (scope: string) => ['public-form-token', scope] as const,
};
