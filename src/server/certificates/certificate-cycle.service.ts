import { addDays, germanDate, toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { type AuditProgress, certificateCycle, certificateState, type CycleRules, nextAudit } from '../../domain/certificates/cycle.js';
import { calendarIndex } from '../../domain/deadlines/calendar-index.js';
import { type Actor, isCertifierStaff, requireCertifierAdmin, requireCertifierStaff } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { ConflictError, NotFoundError } from '../http/errors.js';
import type { MailService } from '../mail/mail.service.js';
import {
  type CertificateAuditRow,
  createCertificateCycleRepository,
  type OverviewFilter,
  SURVEILLANCE_DUE_LEAD_DAYS,
} from './certificate-cycle.repository.js';
import { createCertificateRepository } from './certificate.repository.js';

type Deps = { db: Db; catalogs: Pick<CatalogService, 'find'>; auditTrail: AuditTrailService; mail: MailService; now: () => Date };

/** The German name of an audit a certificate owes, in mails, status reasons and the assessment it starts. */
export const AUDIT_KIND_LABELS = { surveillance: 'Überwachungsaudit', recertification: 'Rezertifizierung' } as const;

/**
 * A certificate owns its cycle: the audits it owes (made from the scheme's intervals at
 * issue), its state on any day (a missed audit suspends it the day after its due date,
 * everywhere, because the state is computed from the dates), reminders ahead of each audit
 * on working days, and the record of suspensions, expiries and withdrawals.
 */
export function createCertificateCycleService({ db, catalogs, auditTrail, mail, now }: Deps) {
  const today = () => toBerlinDate(now());

  async function loadCertificate(tx: DbOrTx, actor: Actor, id: string, forUpdate = false) {
    const row = await createCertificateRepository(tx).find(actor.organizationId, id, { forUpdate });
    if (!row) throw new NotFoundError(`Certificate ${id} not found`);
    return row;
  }

  const progress = (a: CertificateAuditRow): AuditProgress => ({
    kind: a.kind,
    sequence: a.sequence,
    dueOn: a.dueOn,
    completedOn: a.completedOn,
  });

  return {
    /** At issue, inside the issuing transaction: the audits the new certificate owes. */
    async createAudits(
      tx: DbOrTx,
      cert: { id: string; certifierId: string; municipalityId: string },
      decisionDate: string,
      rules: CycleRules,
    ) {
      const { audits } = certificateCycle(decisionDate, rules);
      await createCertificateCycleRepository(tx).insertAudits(
        audits.map((a) => ({ ...a, certificateId: cert.id, certifierId: cert.certifierId, municipalityId: cert.municipalityId })),
      );
    },

    async overview(actor: Actor, filter: OverviewFilter) {
      const side = isCertifierStaff(actor) ? 'certifier' : 'municipality';
      const { items, total } = await createCertificateCycleRepository(db).overview(
        { side, organizationId: actor.organizationId },
        today(),
        filter,
      );
      return { items: items.map((c) => ({ ...c, schemeTitle: catalogs.find(c.schemeId, c.catalogVersion).catalog.title })), total };
    },

    /** The cycle of one certificate: its audits with their progress, its state today and the next audit. */
    async cycle(actor: Actor, id: string) {
      const row = await loadCertificate(db, actor, id);
      const audits = await createCertificateCycleRepository(db).audits(id);
      const state = certificateState(
        { status: row.certificate.status, validUntil: row.certificate.validUntil, audits: audits.map(progress) },
        today(),
        SURVEILLANCE_DUE_LEAD_DAYS,
      );
      const next = nextAudit(audits.map(progress));
      return {
        state,
        statusReason: row.certificate.statusReason,
        statusChangedAt: row.certificate.statusChangedAt,
        previousCertificateId: row.certificate.previousCertificateId,
        audits: audits.map((a) => ({
          id: a.id,
          kind: a.kind,
          sequence: a.sequence,
          dueOn: a.dueOn,
          assessmentId: a.assessmentId,
          completedOn: a.completedOn,
          outcome: a.outcome,
          overdue: a.completedOn === null && a.dueOn < today(),
        })),
        nextAuditId: next ? audits.find((a) => a.kind === next.kind && a.sequence === next.sequence)!.id : null,
      };
    },

    /** Before a surveillance or recertification assessment starts: the owed audit, locked, checked. */
    async auditToStart(tx: DbOrTx, actor: Actor, certificateId: string, auditId: string) {
      requireCertifierStaff(actor);
      const cert = await loadCertificate(tx, actor, certificateId, true);
      const audit = await createCertificateCycleRepository(tx).audit(certificateId, auditId, { forUpdate: true });
      if (!audit) throw new NotFoundError(`Audit ${auditId} of certificate ${cert.certificate.number} not found`);
      if (audit.assessmentId)
        throw new ConflictError(
          `The ${audit.kind} audit ${audit.sequence} of certificate ${cert.certificate.number} has already been started`,
        );
      if (cert.certificate.status === 'withdrawn') throw new ConflictError(`Certificate ${cert.certificate.number} is withdrawn`);
      if (cert.certificate.validUntil < today())
        throw new ConflictError(
          `Certificate ${cert.certificate.number} expired on ${cert.certificate.validUntil}; apply for a new initial audit`,
        );
      return { certificate: cert.certificate, audit };
    },

    async markStarted(tx: DbOrTx, auditId: string, assessmentId: string) {
      await createCertificateCycleRepository(tx).updateAudit(auditId, { assessmentId });
    },

    /**
     * The decision of a surveillance or recertification audit, inside the release transaction.
     * Surveillance passed: the certificate is maintained (a suspension for the missed date ends).
     * Failed: it is suspended. Recertification passed: the caller issues the renewed certificate.
     */
    async completeAudit(
      tx: DbOrTx,
      actor: Actor,
      assessmentId: string,
      passed: boolean,
    ): Promise<{ kind: CertificateAuditRow['kind']; certificateId: string; validUntil: string }> {
      const repo = createCertificateCycleRepository(tx);
      const audit = await repo.auditOfAssessment(assessmentId);
      if (!audit) throw new ConflictError(`Assessment ${assessmentId} performs no audit of a certificate`);
      const certRepo = createCertificateRepository(tx);
      const cert = await loadCertificate(tx, actor, audit.certificateId, true);
      const outcome = audit.kind === 'surveillance' ? (passed ? 'maintained' : 'suspended') : passed ? 'renewed' : 'not_renewed';
      await repo.updateAudit(audit.id, { completedOn: today(), outcome });
      const before = { status: cert.certificate.status, statusReason: cert.certificate.statusReason };
      const status =
        outcome === 'suspended'
          ? 'suspended'
          : outcome === 'maintained' && cert.certificate.status === 'suspended'
            ? 'valid'
            : cert.certificate.status;
      if (status !== cert.certificate.status || outcome === 'suspended') {
        const statusReason = outcome === 'suspended' ? `${AUDIT_KIND_LABELS[audit.kind]} ${audit.sequence} nicht bestanden` : null;
        await certRepo.update(audit.certificateId, { status, statusReason, statusChangedAt: now() });
        await auditTrail.record(tx, actor, cert.certificate, {
          entityType: 'certificate',
          entityId: audit.certificateId,
          action: outcome === 'suspended' ? 'suspended' : 'reinstated',
          before,
          after: { status, statusReason },
        });
      }
      await auditTrail.record(tx, actor, cert.certificate, {
        entityType: 'certificate',
        entityId: audit.certificateId,
        action: 'audit_completed',
        before: null,
        after: { audit: `${audit.kind} ${audit.sequence}`, outcome },
      });
      return { kind: audit.kind, certificateId: audit.certificateId, validUntil: cert.certificate.validUntil };
    },

    /** How many working days before an owed audit the certifier's reminders go out. */
    async reminderSettings(actor: Actor) {
      requireCertifierStaff(actor);
      return { leadWorkingDays: (await createCertificateCycleRepository(db).reminderLead(actor.organizationId)) ?? 20 };
    },

    async updateReminderSettings(actor: Actor, body: { leadWorkingDays: number }) {
      requireCertifierAdmin(actor);
      await db.transaction(async (tx) => {
        const repo = createCertificateCycleRepository(tx);
        const before = await repo.reminderLead(actor.organizationId);
        await repo.setReminderLead(actor.organizationId, body.leadWorkingDays);
        await auditTrail.record(
          tx,
          actor,
          { certifierId: actor.organizationId, municipalityId: actor.organizationId },
          {
            entityType: 'reminder_settings',
            entityId: actor.organizationId,
            action: 'changed',
            before: { leadWorkingDays: before },
            after: body,
          },
        );
      });
      return body;
    },

    /** A certifier admin suspends, reinstates or withdraws a certificate by decision, with a reason. */
    async changeStatus(actor: Actor, id: string, body: { status: 'valid' | 'suspended' | 'withdrawn'; reason: string }) {
      requireCertifierAdmin(actor);
      await db.transaction(async (tx) => {
        const cert = await loadCertificate(tx, actor, id, true);
        if (cert.certificate.status === 'withdrawn')
          throw new ConflictError(`Certificate ${cert.certificate.number} is withdrawn for good`);
        if (cert.certificate.status === body.status)
          throw new ConflictError(`Certificate ${cert.certificate.number} is already ${body.status}`);
        if (body.status === 'valid') {
          const audits = await createCertificateCycleRepository(tx).audits(id);
          const overdue = audits.find((a) => a.completedOn === null && a.dueOn < today());
          if (overdue)
            throw new ConflictError(`The ${overdue.kind} audit due on ${overdue.dueOn} is still open; complete it to lift the suspension`);
        }
        const before = { status: cert.certificate.status, statusReason: cert.certificate.statusReason };
        await createCertificateRepository(tx).update(id, { status: body.status, statusReason: body.reason, statusChangedAt: now() });
        const action = body.status === 'withdrawn' ? 'withdrawn' : body.status === 'suspended' ? 'suspended' : 'reinstated';
        await auditTrail.record(tx, actor, cert.certificate, {
          entityType: 'certificate',
          entityId: id,
          action,
          before,
          after: { status: body.status, statusReason: body.reason },
        });
      });
    },

    /**
     * The daily status job: a certificate whose owed audit passed its due date unfinished is
     * recorded as suspended, one past its last valid day as expired, with the reason, an audit
     * trail entry and a mail to both sides. (Lists and the registry see the state already.)
     */
    async recordStatusChanges(limit = 500): Promise<number> {
      const due = await createCertificateCycleRepository(db).statusChangesDue(today(), limit);
      for (const c of due) {
        await db.transaction(async (tx) => {
          const repo = createCertificateCycleRepository(tx);
          const audits = await repo.audits(c.id);
          const overdue = audits.find((a) => a.completedOn === null && a.dueOn < today());
          const status = c.state === 'expired' ? 'expired' : 'suspended';
          const statusReason =
            status === 'expired'
              ? 'Gültigkeit abgelaufen'
              : `${AUDIT_KIND_LABELS[overdue!.kind]} ${overdue!.sequence} nicht bis ${germanDate(overdue!.dueOn)} durchgeführt`;
          await createCertificateRepository(tx).update(c.id, { status, statusReason, statusChangedAt: now() });
          await auditTrail.record(tx, null, c, {
            entityType: 'certificate',
            entityId: c.id,
            action: status,
            before: { status: c.status },
            after: { status, statusReason },
          });
          for (const to of await repo.recipients(c.certifierId, c.municipalityId)) {
            await mail.enqueue(tx, {
              organizationId: c.municipalityId,
              to,
              subject: `Zertifikat ${c.number}: ${status === 'expired' ? 'abgelaufen' : 'ausgesetzt'}`,
              // the public registry drops an expired certificate but lists a suspended one as suspended
              body: `Guten Tag,\n\ndas Zertifikat ${c.number} ist seit heute ${status === 'expired' ? 'abgelaufen' : 'ausgesetzt'}: ${statusReason}.\n${status === 'expired' ? 'Im öffentlichen Verzeichnis wird es nicht mehr geführt.' : 'Im öffentlichen Verzeichnis steht es als ausgesetzt; das Siegel darf bis zur Aufhebung nicht verwendet werden.'}\n`,
              related: { type: 'certificate', id: c.id },
            });
          }
        });
      }
      if (due.length) await mail.nudge();
      return due.length;
    },

    /**
     * Reminders ahead of each owed audit, to the certifier and the municipality: sent when the
     * audit is due within the certifier's lead time in working days, and only on a working day
     * (the certifier's Land) — a reminder never lands on a Sunday or a holiday.
     */
    async sendReminders(limit = 500): Promise<number> {
      const day = today();
      const candidates = await createCertificateCycleRepository(db).openAuditsWithoutReminder(addDays(day, 200), limit);
      let sent = 0;
      for (const c of candidates) {
        const calendar = calendarIndex(c.certifierState === 'BY' ? 'DE-BY-KATH' : `DE-${c.certifierState ?? 'NW'}`);
        if (!calendar.isWorkingDay(day)) continue;
        // the reminder day: lead working days before the due date, moved to a working day
        if (calendar.workingDaysBetween(day, c.audit.dueOn) > c.leadWorkingDays) continue;
        await db.transaction(async (tx) => {
          const repo = createCertificateCycleRepository(tx);
          await repo.updateAudit(c.audit.id, { reminderSentOn: day });
          for (const to of await repo.recipients(c.audit.certifierId, c.audit.municipalityId)) {
            await mail.enqueue(tx, {
              organizationId: c.audit.municipalityId,
              to,
              subject: `Erinnerung: ${AUDIT_KIND_LABELS[c.audit.kind]} für ${c.municipalityName} fällig bis ${germanDate(c.audit.dueOn)}`,
              body: `Guten Tag,\n\nfür das Zertifikat ${c.number} (${c.municipalityName}) ist das ${AUDIT_KIND_LABELS[c.audit.kind]} ${c.audit.kind === 'surveillance' ? c.audit.sequence + ' ' : ''}bis zum ${germanDate(c.audit.dueOn)} durchzuführen und zu entscheiden.\nOhne Audit bis zu diesem Tag wird das Zertifikat ausgesetzt.\n`,
              related: { type: 'certificate_audit', id: c.audit.id },
            });
          }
        });
        sent++;
      }
      if (sent) await mail.nudge();
      return sent;
    },
  };
}

export type CertificateCycleService = ReturnType<typeof createCertificateCycleService>;
