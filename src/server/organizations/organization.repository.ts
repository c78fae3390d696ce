import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, organization, schemeOffer } from '../db/schema.js';
import { districtNameOf } from './district-name.js';

export function createOrganizationRepository(db: DbOrTx) {
  return {
    async find(id: string, kind: 'certifier' | 'municipality' | 'district') {
      const [row] = await db
        .select()
        .from(organization)
        .where(and(eq(organization.id, id), eq(organization.kind, kind)));
      return row;
    },

    municipalities() {
      return db
        .select({
          id: organization.id,
          name: organization.name,
          stateCode: organization.stateCode,
          district: districtNameOf(organization.parentId),
        })
        .from(organization)
        .where(eq(organization.kind, 'municipality'))
        .orderBy(asc(organization.name));
    },

    offers() {
      return db
        .select({ certifierId: organization.id, certifierName: organization.name, schemeId: schemeOffer.schemeId })
        .from(schemeOffer)
        .innerJoin(organization, eq(organization.id, schemeOffer.certifierId))
        .orderBy(asc(organization.name), asc(schemeOffer.schemeId));
    },

    /** Where an administration's own notices go when no pilot owns the matter. */
    async adminEmails(organizationId: string): Promise<string[]> {
      const rows = await db
        .select({ email: appUser.email })
        .from(appUser)
        .where(and(eq(appUser.organizationId, organizationId), eq(appUser.role, 'municipality_admin'), eq(appUser.disabled, false)));
      return rows.map((r) => r.email);
    },

    async offer(certifierId: string, schemeId: string) {
      const [row] = await db
        .select()
        .from(schemeOffer)
        .where(and(eq(schemeOffer.certifierId, certifierId), eq(schemeOffer.schemeId, schemeId)));
      return row;
    },
  };
}

export type OrganizationRepository = ReturnType<typeof createOrganizationRepository>;
