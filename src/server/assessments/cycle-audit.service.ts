import { addDays, toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import type { Actor } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import { type CatalogService, compareVersions, type StoredCatalog } from '../catalogs/catalog.service.js';
import { AUDIT_KIND_LABELS, type CertificateCycleService } from '../certificates/certificate-cycle.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { ConflictError, ValidationError } from '../http/errors.js';
import { type AssessmentRow, createAssessmentRepository } from './assessment.repository.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  cycle: Pick<CertificateCycleService, 'auditToStart' | 'markStarted'>;
  auditTrail: AuditTrailService;
  /** Carries the open findings of the last audit into the new one (findings feature). */
  carryOverFindings?: (tx: DbOrTx, from: AssessmentRow, to: AssessmentRow) => Promise<void>;
  now: () => Date;
};

/**
 * Starting a surveillance or recertification audit of a certificate: a new assessment that
 * begins as a copy of the certificate's last one — same catalog version unless the certifier
 * moves it to a newer one — with the documentation carried over, every score reset, and the
 * open findings carried along, so the auditor picks up where the last audit ended.
 */
export function createCycleAuditService({ db, catalogs, cycle, auditTrail, carryOverFindings, now }: Deps) {
  function chooseCatalog(last: StoredCatalog, version: string | undefined): StoredCatalog {
    if (!version || version === last.version) return last;
    const chosen = catalogs.list().find((c) => c.schemeId === last.schemeId && c.version === version);
    if (!chosen) throw new ValidationError(`catalogVersion: scheme "${last.schemeId}" has no version "${version}"`);
    if (compareVersions(chosen.version, last.version) < 0)
      throw new ValidationError(`catalogVersion: ${version} is older than the version ${last.version} the certificate was audited against`);
    return chosen;
  }

  return {
    async start(
      actor: Actor,
      certificateId: string,
      auditId: string,
      body: { catalogVersion?: string | undefined; documentationDueOn?: string | undefined },
    ): Promise<string> {
      return db.transaction(async (tx) => {
        const { certificate, audit } = await cycle.auditToStart(tx, actor, certificateId, auditId);
        const repo = createAssessmentRepository(tx);
        const last = await repo.latestOfCertificate(certificate.id, certificate.assessmentId);
        if (!last) throw new ConflictError(`Certificate ${certificate.number} has no decided assessment to start from`);
        const stored = chooseCatalog(catalogs.get(last.catalogId), body.catalogVersion);
        // by default four weeks before the audit is due, but never less than two weeks from today
        const today = toBerlinDate(now());
        const fallback = addDays(audit.dueOn, -28) > addDays(today, 14) ? addDays(audit.dueOn, -28) : addDays(today, 14);
        const dueOn = body.documentationDueOn ?? fallback;
        if (dueOn < today) throw new ValidationError(`documentationDueOn: ${dueOn} lies in the past; give a later date`);
        let next: AssessmentRow;
        try {
          next = await repo.insert({
            certifierId: last.certifierId,
            municipalityId: last.municipalityId,
            catalogId: stored.id,
            kind: audit.kind,
            certificateId: certificate.id,
            round: last.round + 1,
            previousAssessmentId: last.id,
            status: 'documentation',
            contactUserId: last.contactUserId,
            contactName: last.contactName,
            contactEmail: last.contactEmail,
            contactPhone: last.contactPhone,
            applicationChannel: last.applicationChannel,
            applicationMessage: `${AUDIT_KIND_LABELS[audit.kind]}${audit.kind === 'surveillance' ? ` ${audit.sequence}` : ''} zum Zertifikat ${certificate.number}, fällig bis ${audit.dueOn}`,
            appliedAt: now(),
            acceptedAt: now(),
            documentationDueOn: dueOn,
          });
        } catch (err) {
          if (isUniqueViolation(err))
            throw new ConflictError('Another procedure of this municipality for this seal is still open; finish it first');
          throw err;
        }
        await repo.insertCriteriaCarriedOver(
          last.id,
          next,
          flattenCriteria(stored.catalog).map((c) => c.id),
        );
        await carryOverFindings?.(tx, last, next);
        await cycle.markStarted(tx, audit.id, next.id);
        await auditTrail.record(tx, actor, next, {
          entityType: 'assessment',
          entityId: next.id,
          action: 'cycle_audit_started',
          before: { previous: last.id },
          after: { kind: audit.kind, sequence: audit.sequence, catalogVersion: stored.version },
        });
        return next.id;
      });
    },
  };
}

export type CycleAuditService = ReturnType<typeof createCycleAuditService>;
