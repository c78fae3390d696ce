import { createAssessmentService } from './assessments/assessment.service.js';
import { createCycleAuditService } from './assessments/cycle-audit.service.js';
import { createDocumentationService } from './assessments/documentation.service.js';
import { createMeetingService } from './assessments/meeting.service.js';
import { createResultService } from './assessments/result.service.js';
import { createAuditPlanService } from './audit-plans/audit-plan.service.js';
import { createAuditTrailService } from './audit-trail/audit-trail.service.js';
import { createAuthService } from './auth/auth.service.js';
import { createSessionRepository } from './auth/session.repository.js';
import { createCalendarService } from './calendars/calendar.service.js';
import { createCaseNoticeService } from './cases/case-notices.service.js';
import { createCaseService } from './cases/case.service.js';
import type { CatalogService } from './catalogs/catalog.service.js';
import { createComplaintService } from './complaints/complaint.service.js';
import { createCertificateCycleService } from './certificates/certificate-cycle.service.js';
import { createCertificateService } from './certificates/certificate.service.js';
import type { Config } from './config.js';
import { createFiguresService } from './figures/figures.service.js';
import { createMeasuredEvidenceService } from './figures/measured-evidence.service.js';
import { createAuditReportService } from './findings/audit-report.service.js';
import { createFindingService } from './findings/finding.service.js';
import { createGoalService } from './goals/goal.service.js';
import type { Database } from './db/client.js';
import { createImportService } from './imports/import.service.js';
import { createIcalService } from './ical/ical.service.js';
import type { JobQueue } from './jobs/job-queue.js';
import { createMailService } from './mail/mail.service.js';
import { createMaturityService } from './maturity/maturity.service.js';
import { createOnlineServiceService } from './maturity/online-service.service.js';
import { createSelfAssessmentService } from './maturity/self-assessment.service.js';
import type { Mailer } from './mail/mailer.js';
import { createPilotService } from './pilots/pilot.service.js';
import { createPromiseService } from './promises/promise.service.js';
import { createPublicFormsService } from './public-forms/public-forms.service.js';
import { createPublicServiceService } from './public-service/public-service.service.js';
import { createQualityRepService } from './quality-reps/quality-rep.service.js';

export type ServiceDeps = {
  database: Database;
  catalogs: CatalogService;
  now: () => Date;
  config: Pick<Config, 'sessionTtlMs' | 'publicUrl'>;
  /** SMTP, or null: mails are then held in the outbox. */
  mailer: Mailer | null;
  /** Where services ask for background work after they committed. */
  jobs: JobQueue;
};

/**
 * The composition root of the services: each gets exactly the dependencies it uses.
 * The HTTP app, the background jobs and the tests all work on the same set.
 */
export function createServices({ database, catalogs, now, config, mailer, jobs }: ServiceDeps) {
  const { db } = database;
  const auth = createAuthService({ sessions: createSessionRepository(db), now, sessionTtlMs: config.sessionTtlMs });
  const auditTrail = createAuditTrailService();
  const mail = createMailService({ db, mailer, jobs, now });
  const certificateCycle = createCertificateCycleService({ db, catalogs, auditTrail, mail, now });
  const certificates = createCertificateService({ db, catalogs, auditTrail, cycle: certificateCycle, now });
  const assessments = createAssessmentService({ db, catalogs, auditTrail, now });
  const documentation = createDocumentationService({ db, catalogs, assessments, now });
  const meeting = createMeetingService({ db, catalogs, assessments, auditTrail, now });
  const findings = createFindingService({ db, catalogs, assessments, auditTrail, now });
  const ical = createIcalService({ db, now });
  const cycleAudits = createCycleAuditService({
    db,
    catalogs,
    cycle: certificateCycle,
    auditTrail,
    carryOverFindings: findings.carryOver,
    now,
  });
  const results = createResultService({ db, catalogs, assessments, certificates, findings, cycle: certificateCycle, auditTrail, now });
  const auditReports = createAuditReportService({ db, catalogs, assessments, certificates, findings, now });
  const figures = createFiguresService({ db, now });
  const measuredEvidence = createMeasuredEvidenceService({ db, catalogs, assessments, now });
  const calendars = createCalendarService({ db });
  const promises = createPromiseService({ db, catalogs, now });
  const pilots = createPilotService({ db });
  const cases = createCaseService({ db, promises, calendars, mail, now });
  const imports = createImportService({ db, cases, promises, calendars, jobs, now });
  const caseNotices = createCaseNoticeService({ db, cases, calendars, mail, now, publicUrl: config.publicUrl });
  const publicForms = createPublicFormsService({ db, now });
  const complaints = createComplaintService({ db, mail, calendars, publicForms, now });
  const publicService = createPublicServiceService({ db, promises, pilots, cases, calendars, publicForms, now });
  const maturity = createMaturityService({ db, catalogs, assessments });
  const selfAssessment = createSelfAssessmentService({ db, catalogs, assessments, auditTrail, now });
  const onlineServices = createOnlineServiceService({ db, catalogs, assessments, auditTrail, now });
  const qualityReps = createQualityRepService({ db, assessments });
  const auditPlans = createAuditPlanService({ db, catalogs, assessments, qualityReps, mail, auditTrail, now, publicUrl: config.publicUrl });
  const goals = createGoalService({ db, assessments, auditTrail, now });
  return {
    auth,
    auditTrail,
    mail,
    certificates,
    certificateCycle,
    cycleAudits,
    ical,
    assessments,
    documentation,
    meeting,
    results,
    findings,
    auditReports,
    calendars,
    promises,
    pilots,
    cases,
    caseNotices,
    figures,
    measuredEvidence,
    publicForms,
    complaints,
    publicService,
    imports,
    maturity,
    selfAssessment,
    onlineServices,
    qualityReps,
    auditPlans,
    goals,
  };
}

export type Services = ReturnType<typeof createServices>;
