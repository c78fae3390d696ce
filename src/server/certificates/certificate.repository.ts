import { aliasedTable, and, asc, desc, eq, gte, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { catalog, certificate, organization } from '../db/schema.js';
import { districtNameOf } from '../organizations/district-name.js';
import { certificateStateSql } from './certificate-cycle.repository.js';

export type CertificateRow = typeof certificate.$inferSelect;

const municipalityOrg = aliasedTable(organization, 'municipality_org');
const certifierOrg = aliasedTable(organization, 'certifier_org');

const withNames = {
  certificate,
  municipalityName: municipalityOrg.name,
  certifierName: certifierOrg.name,
  districtName: districtNameOf(municipalityOrg.parentId),
  stateCode: municipalityOrg.stateCode,
};

export function createCertificateRepository(db: DbOrTx) {
  const base = () =>
    db
      .select(withNames)
      .from(certificate)
      .innerJoin(municipalityOrg, eq(municipalityOrg.id, certificate.municipalityId))
      .innerJoin(certifierOrg, eq(certifierOrg.id, certificate.certifierId));
  const scope = (organizationId: string) => or(eq(certificate.certifierId, organizationId), eq(certificate.municipalityId, organizationId));

  return {
    async insert(values: typeof certificate.$inferInsert): Promise<CertificateRow> {
      const [row] = await db.insert(certificate).values(values).returning();
      return row!;
    },

    async find(organizationId: string, id: string, opts: { forUpdate?: boolean } = {}) {
      if (opts.forUpdate) await db.select({ id: certificate.id }).from(certificate).where(eq(certificate.id, id)).for('update');
      const [row] = await base().where(and(eq(certificate.id, id), scope(organizationId)));
      return row;
    },

    async findByAssessment(assessmentId: string) {
      const [row] = await db.select().from(certificate).where(eq(certificate.assessmentId, assessmentId));
      return row;
    },

    list(organizationId: string) {
      return base().where(scope(organizationId)).orderBy(desc(certificate.issuedAt)).limit(1000);
    },

    async update(id: string, values: Partial<typeof certificate.$inferInsert>): Promise<CertificateRow> {
      const [row] = await db.update(certificate).set(values).where(eq(certificate.id, id)).returning();
      return row!;
    },

    /** Public registry: certificates held (or suspended) on a date, with the scheme's title. No scores exist in these tables. */
    registry(onDate: string) {
      return (
        db
          .select({
            municipalityName: municipalityOrg.name,
            districtName: districtNameOf(municipalityOrg.parentId),
            stateCode: municipalityOrg.stateCode,
            certifierName: certifierOrg.name,
            schemeId: certificate.schemeId,
            schemeTitle: sql<{ de: string; en: string }>`${catalog.definition}->'title'`,
            validFrom: certificate.validFrom,
            validUntil: certificate.validUntil,
            // suspended the day after a missed audit, here too; an audit merely due is still valid
            status: sql<'valid' | 'suspended'>`case when ${certificateStateSql(onDate)} = 'suspended' then 'suspended' else 'valid' end`,
          })
          .from(certificate)
          .innerJoin(municipalityOrg, eq(municipalityOrg.id, certificate.municipalityId))
          .innerJoin(certifierOrg, eq(certifierOrg.id, certificate.certifierId))
          .innerJoin(catalog, and(eq(catalog.schemeId, certificate.schemeId), eq(catalog.version, certificate.catalogVersion)))
          // held or suspended today; expired and withdrawn certificates are no longer listed
          .where(
            and(
              sql`${certificateStateSql(onDate)} in ('valid', 'surveillance_due', 'suspended')`,
              lte(certificate.validFrom, onDate),
              gte(certificate.validUntil, onDate),
            ),
          )
          .orderBy(asc(municipalityOrg.name), asc(certificate.schemeId))
      );
    },
  };
}
