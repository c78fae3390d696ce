import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import { validateCriterionScore } from '../../domain/scoring/score.js';
import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import type { Actor } from '../auth/actor.js';
import type { AuditTrailService } from '../audit-trail/audit-trail.service.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { CertificateCycleService } from '../certificates/certificate-cycle.service.js';
import type { CertificateService } from '../certificates/certificate.service.js';
import type { Db } from '../db/client.js';
import { documentFileName } from '../documents/file-name.js';
import type { FindingService } from '../findings/finding.service.js';
import { buildReportCard } from '../documents/report-card.pdf.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.js';
import { computeResult, previousGoalsReached } from './assessment.scoring.js';
import { assessmentPolicy, ensure } from './assessment.policy.js';
import { createAssessmentRepository } from './assessment.repository.js';
import type { ResultView } from './assessment.schemas.js';
import type { AssessmentService } from './assessment.service.js';

type Deps = {
  db: Db;
  catalogs: CatalogService;
  assessments: Pick<AssessmentService, 'load'>;
  certificates: Pick<CertificateService, 'issue' | 'summaryForAssessment'>;
  findings: Pick<FindingService, 'openMajorCriteria'>;
  cycle: Pick<CertificateCycleService, 'completeAudit'>;
  auditTrail: AuditTrailService;
  now: () => Date;
};

type ScoreInput = {
  notApplicable: boolean;
  points?: number | null | undefined;
  grade?: 1 | 2 | 3 | null | undefined;
  deviationRate?: number | null | undefined;
  maturityLevel?: number | null | undefined;
  conformity?: 'conform' | 'observation' | 'improvement' | 'minor' | 'major' | null | undefined;
  comment?: string | null | undefined;
};

/** Step 5: points, bonus points and goals are fixed, the engine computes, the certifier releases. */
export function createResultService({ db, catalogs, assessments, certificates, findings, cycle, auditTrail, now }: Deps) {
  return {
    async score(actor: Actor, id: string, criterionId: string, body: ScoreInput) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'score');
        const criterion = flattenCriteria(catalogs.get(row.catalogId).catalog).find((c) => c.id === criterionId);
        if (!criterion) throw new NotFoundError(`Criterion "${criterionId}" is not part of this assessment's catalog`);
        const score = {
          notApplicable: body.notApplicable,
          points: body.points ?? null,
          grade: body.grade ?? null,
          deviationRate: body.deviationRate ?? null,
          maturityLevel: body.maturityLevel ?? null,
          conformity: body.conformity ?? null,
        };
        const problem = validateCriterionScore(criterion, score);
        if (problem) throw new ValidationError(`Criterion "${criterionId}": ${problem}`);
        const repo = createAssessmentRepository(tx);
        const before = await repo.criterion(id, criterionId);
        await repo.updateCriterion(id, criterionId, { ...score, scoreComment: body.comment ?? null, scoredAt: now() });
        await auditTrail.record(tx, actor, row, {
          entityType: 'criterion_score',
          entityId: `${id}/${criterionId}`,
          action: 'scored',
          before: before?.scoredAt ? pickScore(before) : null,
          after: score,
        });
      });
    },

    async awardBonus(actor: Actor, id: string, projectId: string, pointsAwarded: number | null) {
      await db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'score');
        const repo = createAssessmentRepository(tx);
        const project = await repo.bonusProject(id, projectId);
        if (!project) throw new NotFoundError(`Bonus project ${projectId} not found`);
        await repo.updateBonusProject(projectId, { pointsAwarded });
        await auditTrail.record(tx, actor, row, {
          entityType: 'bonus_project',
          entityId: projectId,
          action: 'points_awarded',
          before: { pointsAwarded: project.pointsAwarded },
          after: { pointsAwarded },
        });
      });
    },

    /**
     * Releases the result: the engine's result is frozen into the assessment, the
     * phone call recorded, and at or above the pass mark a certificate issued.
     * Below it the agreed next steps are required.
     */
    async release(actor: Actor, id: string, body: { phoneCallAt: string; phoneCallWith: string; nextSteps?: string | null | undefined }) {
      return db.transaction(async (tx) => {
        const row = await assessments.load(actor, id, tx, true);
        ensure(actor, row, 'release');
        // ISO rule: an open major nonconformity blocks the certification decision; checked before anything is written.
        const majors = await findings.openMajorCriteria(tx, row);
        if (majors.length > 0) throw new ConflictError(`An open major nonconformity blocks the decision: ${majors.join(', ')}`);
        const repo = createAssessmentRepository(tx);
        const stored = catalogs.get(row.catalogId);
        const [criteria, bonus] = await Promise.all([repo.criteria(id), repo.bonusProjects(id)]);
        const goalsReached = await previousGoalsReached(repo, row);
        const result = computeResult(stored.catalog, criteria, bonus, goalsReached);
        if (!result.complete) {
          throw new ValidationError(
            `The result is incomplete: ${result.missingCriteria.length} criteria have no score (${result.missingCriteria.slice(0, 5).join(', ')})`,
          );
        }
        if (!result.passed && !body.nextSteps?.trim())
          throw new ValidationError('nextSteps: record the agreed next steps when the pass mark is not reached');
        if (new Date(body.phoneCallAt) > new Date(now().getTime() + 5 * 60_000))
          throw new ValidationError('phoneCallAt: the phone call cannot lie in the future');
        const status = result.passed ? ('passed' as const) : ('failed' as const);
        await repo.update(id, {
          status,
          result,
          releasedAt: now(),
          releasedBy: actor.userId,
          phoneCallAt: new Date(body.phoneCallAt),
          phoneCallWith: body.phoneCallWith,
          nextSteps: body.nextSteps ?? null,
        });
        await auditTrail.record(tx, actor, row, {
          entityType: 'decision',
          entityId: id,
          action: 'released',
          before: { status: row.status },
          after: { status, totalPoints: result.totalPoints, passed: result.passed },
        });
        const rules = {
          validityMonths: stored.catalog.rules.validityMonths,
          surveillanceIntervalMonths: stored.catalog.rules.surveillanceIntervalMonths ?? null,
        };
        const issue = (renews?: { certificateId: string; validUntil: string }) =>
          certificates.issue(tx, actor, {
            assessment: row,
            schemeId: stored.schemeId,
            catalogVersion: stored.version,
            rules,
            decisionDate: toBerlinDate(now()),
            level: result.level?.id ?? null,
            renews,
          });
        if (row.kind === 'initial') return { status, certificateId: result.passed ? await issue() : null };
        // a surveillance or recertification audit decides about the certificate it belongs to
        const audit = await cycle.completeAudit(tx, actor, id, result.passed);
        const renewed =
          audit.kind === 'recertification' && result.passed
            ? await issue({ certificateId: audit.certificateId, validUntil: audit.validUntil })
            : null;
        return { status, certificateId: renewed };
      });
    },

    /** The report card (Zeugnis): for the certifier, and for the municipality once released. */
    async reportCard(actor: Actor, id: string) {
      const row = await assessments.load(actor, id);
      const policy = assessmentPolicy(actor, row);
      if (!row.result || !policy.seePoints) {
        if (!policy.certifier) throw new ForbiddenError('The report card is available once the result is released');
        throw new ConflictError('The report card is generated when the result is released');
      }
      const result = row.result as ResultView;
      const stored = catalogs.get(row.catalogId);
      const repo = createAssessmentRepository(db);
      const [names, criteria, goals, cert] = await Promise.all([
        repo.names(row),
        repo.criteria(id),
        repo.goals(id),
        certificates.summaryForAssessment(row.id),
      ]);
      const points = new Map(criteria.map((c) => [c.criterionId, c]));
      const topics = stored.catalog.topics.map((t) => {
        const inTopic = flattenCriteria({ ...stored.catalog, topics: [t] });
        const applicable = inTopic.filter((c) => !points.get(c.id)?.notApplicable);
        return {
          title: t.title,
          points: applicable.reduce((s, c) => s + (points.get(c.id)?.points ?? 0), 0),
          maxPoints: applicable.reduce((s, c) => s + (c.maxPoints ?? 0), 0),
        };
      });
      const content = await buildReportCard({
        locale: actor.locale,
        certifierName: names.certifier,
        municipalityName: names.municipality,
        schemeTitle: stored.catalog.title,
        catalogVersion: stored.version,
        releasedAt: row.releasedAt!,
        passed: result.passed,
        regularPoints: result.regularPoints,
        maxRegularPoints: result.maxRegularPoints,
        bonusPoints: result.bonusPoints,
        totalPoints: result.totalPoints,
        passMark: result.passMark,
        topics,
        developmentGoals: goals.filter((g) => g.status === 'agreed').map((g) => ({ title: g.title, targetDate: g.targetDate })),
        nextSteps: row.nextSteps,
        certificateNumber: cert?.number ?? null,
        validUntil: cert?.validUntil ?? null,
      });
      return { fileName: documentFileName('Zeugnis', names.municipality, 'pdf'), content };
    },
  };
}

function pickScore(c: {
  notApplicable: boolean;
  points: number | null;
  grade: number | null;
  deviationRate: number | null;
  maturityLevel: number | null;
  conformity: string | null;
}) {
  return {
    notApplicable: c.notApplicable,
    points: c.points,
    grade: c.grade,
    deviationRate: c.deviationRate,
    maturityLevel: c.maturityLevel,
    conformity: c.conformity,
  };
}

export type ResultService = ReturnType<typeof createResultService>;
