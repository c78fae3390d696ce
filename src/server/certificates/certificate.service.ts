import { randomBytes } from 'node:crypto';
import { addDays, toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { type CycleRules, renewedValidity } from '../../domain/certificates/cycle.js';
import { certificateValidity } from '../../domain/certificates/validity.js';
import { type Actor, isCertifierStaff, isMunicipalityStaff } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { buildCertificateDocument } from '../documents/certificate.pdf.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.js';
import type { CertificateCycleService } from './certificate-cycle.service.js';
import { createCertificateRepository } from './certificate.repository.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  auditTrail: AuditTrailService;
  cycle: Pick<CertificateCycleService, 'createAudits'>;
  now: () => Date;
};

type PublicityInput = {
  handoverOn?: string | null | undefined;
  handoverForm?: string | null | undefined;
  plaqueStatus?: 'not_ordered' | 'ordered' | 'produced' | 'delivered' | undefined;
};

/** Certificates are their own entity: issued at release, then publicity (step 6) and, later, their cycle. */
export function createCertificateService({ db, catalogs, auditTrail, cycle, now }: Deps) {
  async function load(actor: Actor, id: string, tx: DbOrTx = db, forUpdate = false) {
    const row = await createCertificateRepository(tx).find(actor.organizationId, id, { forUpdate });
    if (!row) throw new NotFoundError(`Certificate ${id} not found`);
    return row;
  }

  /** The maturity level a certificate records (DQD), with its title from the catalog version it was awarded on. */
  function levelOf(c: { schemeId: string; catalogVersion: string; level: string | null }) {
    if (!c.level) return null;
    const decision = catalogs.find(c.schemeId, c.catalogVersion).catalog.rules.decision;
    const level = decision.type === 'maturity' ? decision.levels.find((l) => l.id === c.level) : undefined;
    return level ? { id: level.id, title: level.title } : null;
  }

  function view(r: NonNullable<Awaited<ReturnType<typeof load>>>) {
    const c = r.certificate;
    const title = catalogs.find(c.schemeId, c.catalogVersion).catalog.title;
    return {
      id: c.id,
      assessmentId: c.assessmentId,
      number: c.number,
      schemeId: c.schemeId,
      catalogVersion: c.catalogVersion,
      schemeTitle: title,
      level: levelOf(c),
      municipality: { id: c.municipalityId, name: r.municipalityName, district: r.districtName },
      certifier: { id: c.certifierId, name: r.certifierName },
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      status: c.status,
      issuedAt: c.issuedAt,
      handoverOn: c.handoverOn,
      handoverForm: c.handoverForm,
      plaqueStatus: c.plaqueStatus,
      keyVisualSentAt: c.keyVisualSentAt,
      termsAcknowledgedAt: c.termsAcknowledgedAt,
    };
  }

  const snapshot = (c: {
    status: string;
    validFrom: string;
    validUntil: string;
    handoverOn: string | null;
    handoverForm: string | null;
    plaqueStatus: string;
    keyVisualSentAt: Date | null;
    termsAcknowledgedAt: Date | null;
  }) => ({
    status: c.status,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    handoverOn: c.handoverOn,
    handoverForm: c.handoverForm,
    plaqueStatus: c.plaqueStatus,
    keyVisualSentAt: c.keyVisualSentAt,
    termsAcknowledgedAt: c.termsAcknowledgedAt,
  });

  async function change(
    actor: Actor,
    id: string,
    action: string,
    guard: (c: Awaited<ReturnType<typeof load>>) => void,
    values: Parameters<ReturnType<typeof createCertificateRepository>['update']>[1],
  ) {
    await db.transaction(async (tx) => {
      const row = await load(actor, id, tx, true);
      guard(row);
      const updated = await createCertificateRepository(tx).update(id, values);
      await auditTrail.record(tx, actor, row.certificate, {
        entityType: 'certificate',
        entityId: id,
        action,
        before: snapshot(row.certificate),
        after: snapshot(updated),
      });
    });
  }

  const certifierOnly = (actor: Actor) => () => {
    if (!isCertifierStaff(actor)) throw new ForbiddenError('Only the certifier’s staff may change the publicity of a certificate');
  };

  return {
    /**
     * Issued inside the release transaction, so a released pass always has its certificate,
     * with the audits it owes. A renewal (recertification) runs on from the old expiry.
     */
    async issue(
      tx: DbOrTx,
      actor: Actor,
      input: {
        assessment: { id: string; certifierId: string; municipalityId: string };
        schemeId: string;
        catalogVersion: string;
        rules: CycleRules;
        decisionDate: string;
        level?: string | null | undefined;
        renews?: { certificateId: string; validUntil: string } | undefined;
      },
    ) {
      // the cycle starts at the decision, or for a renewal the day after the old expiry
      const cycleStart = input.renews ? addDays(input.renews.validUntil, 1) : input.decisionDate;
      const validity = input.renews
        ? renewedValidity(input.renews.validUntil, input.rules.validityMonths)
        : certificateValidity(input.decisionDate, input.rules.validityMonths);
      const number = `SW-${input.decisionDate.slice(0, 4)}-${randomBytes(4).toString('hex').toUpperCase()}`;
      try {
        const row = await createCertificateRepository(tx).insert({
          assessmentId: input.assessment.id,
          certifierId: input.assessment.certifierId,
          municipalityId: input.assessment.municipalityId,
          schemeId: input.schemeId,
          catalogVersion: input.catalogVersion,
          number,
          level: input.level ?? null,
          previousCertificateId: input.renews?.certificateId ?? null,
          ...validity,
          // the service clock, like the decision date (not the database's): the Urkunde prints it
          issuedAt: now(),
        });
        await cycle.createAudits(tx, row, cycleStart, input.rules);
        await auditTrail.record(tx, actor, row, {
          entityType: 'certificate',
          entityId: row.id,
          action: 'issued',
          before: null,
          after: snapshot(row),
        });
        return row.id;
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError('A certificate already exists for this assessment');
        throw err;
      }
    },

    async summaryForAssessment(assessmentId: string) {
      const row = await createCertificateRepository(db).findByAssessment(assessmentId);
      return row ? { id: row.id, number: row.number, validUntil: row.validUntil } : null;
    },

    async list(actor: Actor) {
      return (await createCertificateRepository(db).list(actor.organizationId)).map(view);
    },

    async get(actor: Actor, id: string) {
      return view(await load(actor, id));
    },

    async updatePublicity(actor: Actor, id: string, body: PublicityInput) {
      await change(actor, id, 'publicity_updated', certifierOnly(actor), {
        ...(body.handoverOn !== undefined && { handoverOn: body.handoverOn }),
        ...(body.handoverForm !== undefined && { handoverForm: body.handoverForm }),
        ...(body.plaqueStatus !== undefined && { plaqueStatus: body.plaqueStatus }),
      });
    },

    /** After the handover the key visual is sent with its terms of use. */
    async markKeyVisualSent(actor: Actor, id: string) {
      await change(
        actor,
        id,
        'key_visual_sent',
        (row) => {
          certifierOnly(actor)();
          if (!row.certificate.handoverOn) throw new ValidationError('Record the handover date before sending the key visual');
          if (row.certificate.keyVisualSentAt) throw new ConflictError('The key visual has already been sent');
        },
        { keyVisualSentAt: now() },
      );
    },

    /** The municipality acknowledges the key visual's terms of use. */
    async acknowledgeTerms(actor: Actor, id: string) {
      await change(
        actor,
        id,
        'terms_acknowledged',
        (row) => {
          if (!isMunicipalityStaff(actor)) throw new ForbiddenError('The municipality acknowledges the terms of use');
          if (!row.certificate.keyVisualSentAt) throw new ConflictError('The key visual has not been sent yet');
          if (row.certificate.termsAcknowledgedAt) throw new ConflictError('The terms of use have already been acknowledged');
        },
        { termsAcknowledgedAt: now(), termsAcknowledgedBy: actor.userId },
      );
    },

    /** The certificate document (Urkunde): names the seal and its validity, never points. */
    async document(actor: Actor, id: string) {
      const row = await load(actor, id);
      const c = row.certificate;
      const content = await buildCertificateDocument({
        locale: actor.locale,
        certifierName: row.certifierName,
        municipalityName: row.municipalityName,
        schemeTitle: catalogs.find(c.schemeId, c.catalogVersion).catalog.title,
        level: levelOf(c)?.title ?? null,
        certificateNumber: c.number,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        issuedAt: c.issuedAt,
      });
      return { fileName: `Urkunde-${c.number}.pdf`, content };
    },

    async registry() {
      const rows = await createCertificateRepository(db).registry(toBerlinDate(now()));
      return rows;
    },
  };
}

export type CertificateService = ReturnType<typeof createCertificateService>;
