import type { PromiseArea } from '../../../lib/service-terms';

export type Pilot = {
  id: string;
  name: string;
  jobTitle: string;
  email: string;
  phone: string | null;
  userId: string | null;
  areas: PromiseArea[];
  publicCard: boolean;
  active: boolean;
};

export type PilotInput = Omit<Pilot, 'id'>;

export const pilotKeys = { all: ['pilots'] as const };
