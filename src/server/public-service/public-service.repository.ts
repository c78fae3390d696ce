import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { organization, servicePromise } from '../db/schema.js';
import { districtNameOf } from '../organizations/district-name.js';

export function createPublicServiceRepository(db: DbOrTx) {
  return {
    /** Administrations that publish at least one promise, for the public directory of service pages. */
    administrations() {
      return db
        .select({
          id: organization.id,
          name: organization.name,
          kind: organization.kind,
          stateCode: organization.stateCode,
          district: districtNameOf(organization.parentId),
          promises: sql<number>`count(${servicePromise.id})::int`,
        })
        .from(organization)
        .innerJoin(
          servicePromise,
          and(eq(servicePromise.organizationId, organization.id), isNull(servicePromise.retiredAt), eq(servicePromise.published, true)),
        )
        .where(inArray(organization.kind, ['municipality', 'district']))
        .groupBy(organization.id)
        .orderBy(asc(organization.name));
    },

    async administration(id: string) {
      const [row] = await db
        .select({
          id: organization.id,
          name: organization.name,
          kind: organization.kind,
          stateCode: organization.stateCode,
          district: districtNameOf(organization.parentId),
        })
        .from(organization)
        .where(and(eq(organization.id, id), inArray(organization.kind, ['municipality', 'district'])));
      return row;
    },
  };
}
