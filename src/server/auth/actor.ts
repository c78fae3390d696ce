import { ForbiddenError } from '../http/errors.js';

export const ROLES = ['platform_admin', 'certifier_admin', 'auditor', 'municipality_admin', 'municipality_member'] as const;
export type Role = (typeof ROLES)[number];

export type OrganizationKind = 'platform' | 'certifier' | 'district' | 'municipality';

/** The logged-in user a service acts for. */
export type Actor = {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  organizationId: string;
  organizationKind: OrganizationKind;
  organizationName: string;
  locale: 'de' | 'en';
};

export const isCertifierStaff = (a: Actor) => a.role === 'certifier_admin' || a.role === 'auditor';
export const isMunicipalityStaff = (a: Actor) => a.role === 'municipality_admin' || a.role === 'municipality_member';

export function requireCertifierStaff(a: Actor): void {
  if (!isCertifierStaff(a)) throw new ForbiddenError('Only the certifier’s staff may do this');
}

export function requireCertifierAdmin(a: Actor): void {
  if (a.role !== 'certifier_admin') throw new ForbiddenError('Only a certifier admin may do this');
}

export function requireMunicipalityStaff(a: Actor): void {
  if (!isMunicipalityStaff(a)) throw new ForbiddenError('Only the municipality’s staff may do this');
}

/** The administration's own admin (municipality or district): promises, calendar, pilots. */
export function requireMunicipalityAdmin(a: Actor): void {
  if (a.role !== 'municipality_admin') throw new ForbiddenError('Only the administration’s admin may do this');
}
