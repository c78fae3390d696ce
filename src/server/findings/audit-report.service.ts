import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { GRADE_SEVERITY } from '../../domain/findings/grades.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { Actor } from '../auth/actor.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { CertificateService } from '../certificates/certificate.service.js';
import type { Db } from '../db/client.js';
import { AUDIT_REPORT_LABELS } from '../documents/audit-report.labels.js';
import type { AuditReportInput, Conformity, ReportAction, ReportCriterion, ReportFinding } from '../documents/audit-report.model.js';
import { buildAuditReportPdf } from '../documents/audit-report.pdf.js';
import { buildAuditReportXlsx } from '../documents/audit-report.xlsx.js';
import { documentFileName } from '../documents/file-name.js';
import type { Locale } from '../documents/pdf-common.js';
import { createFindingRepository } from './finding.repository.js';
import type { FindingService } from './finding.service.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  assessments: Pick<AssessmentService, 'load' | 'detail'>;
  certificates: Pick<CertificateService, 'summaryForAssessment' | 'get'>;
  findings: Pick<FindingService, 'list'>;
  now: () => Date;
};

/**
 * The audit report (PDF) and its export (XLSX) for the certifier and the municipality alike.
 * Everything comes through the views the reader already gets: the assessment detail applies
 * the points rule (assessmentPolicy.seePoints), the findings list leaves internal notes out —
 * and the report never prints internal notes, not even for the certifier, since it is sent on.
 */
export function createAuditReportService({ db, catalogs, assessments, certificates, findings, now }: Deps) {
  async function gather(actor: Actor, id: string, locale: Locale): Promise<AuditReportInput> {
    const row = await assessments.load(actor, id);
    const [detail, found, plan, issued] = await Promise.all([
      assessments.detail(actor, id),
      findings.list(actor, id),
      createFindingRepository(db).planItems(id),
      certificates.summaryForAssessment(id),
    ]);
    const stored = catalogs.get(row.catalogId);
    const flat = flattenCriteria(stored.catalog);
    const scores = new Map(detail.criteria.map((c) => [c.criterionId, c.score]));
    const criteria = flat.map((c): ReportCriterion => {
      const score = scores.get(c.id) ?? null;
      return {
        id: c.id,
        reference: c.reference ?? null,
        title: c.title,
        topicTitle: c.topicTitle,
        kind: c.kind,
        maxPoints: c.maxPoints ?? null,
        result: score ? { ...score, conformity: score.conformity as Conformity | null } : null,
      };
    });
    const order = new Map(flat.map((c, i) => [c.id, i]));
    const sorted = [...found.findings].sort(
      (a, b) =>
        (order.get(a.criterionId) ?? 1e9) - (order.get(b.criterionId) ?? 1e9) ||
        GRADE_SEVERITY[b.grade] - GRADE_SEVERITY[a.grade] ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    );
    const reportFindings = sorted.map((f, i): ReportFinding => ({
      number: i + 1,
      criterionId: f.criterionId,
      grade: f.grade,
      status: f.status,
      description: f.description,
      evidence: f.evidence,
      rootCause: f.rootCause,
      municipalityResponse: f.municipalityResponse,
      carriedOver: f.carriedFromId !== null,
      escalated: f.escalatedAt !== null,
      closedAt: f.closedAt,
    }));
    const actions = sorted.flatMap((f, i) =>
      f.actions.map((a): ReportAction => ({
        findingNumber: i + 1,
        description: a.description,
        ownerName: a.ownerName,
        ownerEmail: a.ownerEmail,
        dueOn: a.dueOn,
        status: a.status,
        completedOn: a.completedOn,
        completionNote: a.completionNote,
        effectiveness: a.effectiveness,
        effectivenessNote: a.effectivenessNote,
      })),
    );
    // The certificate this audit issued, or (surveillance) the one it was audited for.
    const certificate = issued ?? (row.certificateId ? await certificates.get(actor, row.certificateId) : null);
    const released = detail.status === 'passed' || detail.status === 'failed';
    return {
      locale,
      generatedAt: now(),
      certifierName: detail.certifier.name,
      municipalityName: detail.municipality.name,
      district: detail.municipality.district,
      schemeTitle: stored.catalog.title,
      catalogVersion: stored.version,
      auditKind: row.kind,
      dates: { appliedAt: row.appliedAt, acceptedAt: row.acceptedAt, meetingHeldAt: row.meetingHeldAt, releasedAt: row.releasedAt },
      plan: plan.map((p) => ({
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        department: p.department,
        site: p.site,
        process: p.process,
        auditorName: p.auditorName,
        interviewees: p.interviewees,
        criterionIds: p.criterionIds,
      })),
      showResults: detail.permissions.seePoints,
      criteria,
      findings: reportFindings,
      actions,
      decision: {
        status: detail.status,
        openMajorCount: found.openMajorCount,
        totalPoints: released && detail.result && stored.catalog.rules.decision.type !== 'no-open-major' ? detail.result.totalPoints : null,
        passMark: detail.result?.passMark ?? null,
        certificateNumber: detail.status === 'passed' && certificate ? certificate.number : null,
        validUntil: detail.status === 'passed' && certificate ? certificate.validUntil : null,
        nextSteps: detail.status === 'failed' ? detail.nextSteps : null,
      },
    };
  }

  const fileName = (input: AuditReportInput, extension: 'pdf' | 'xlsx') =>
    documentFileName(AUDIT_REPORT_LABELS[input.locale].fileName, input.municipalityName, extension);

  return {
    async pdf(actor: Actor, id: string, locale: Locale | undefined) {
      const input = await gather(actor, id, locale ?? actor.locale);
      return { fileName: fileName(input, 'pdf'), content: await buildAuditReportPdf(input) };
    },

    async xlsx(actor: Actor, id: string, locale: Locale | undefined) {
      const input = await gather(actor, id, locale ?? actor.locale);
      return { fileName: fileName(input, 'xlsx'), content: await buildAuditReportXlsx(input) };
    },
  };
}

export type AuditReportService = ReturnType<typeof createAuditReportService>;
