import { flattenCriteria } from '../../domain/catalog/catalog.schema.js';
import type { Actor } from '../auth/actor.js';
import type { CatalogService } from '../catalogs/catalog.service.js';
import type { Db } from '../db/client.js';
import { buildDocumentationTable, DocumentationTableError, parseDocumentationTable } from '../documents/documentation-table.xlsx.js';
import { NotFoundError, ValidationError } from '../http/errors.js';
import { inspectUpload } from '../files/file-inspection.js';
import { createFileRepository } from '../files/file.repository.js';
import { ensure } from './assessment.policy.js';
import { createAssessmentRepository } from './assessment.repository.js';
import type { AssessmentService } from './assessment.service.js';
import { createEvidenceRepository } from './evidence.repository.js';

type Deps = { db: Db; catalogs: CatalogService; assessments: Pick<AssessmentService, 'load'>; now: () => Date };

/** Step 3: the municipality fills the documentation table and the evidence folder. */
export function createDocumentationService({ db, catalogs, assessments, now }: Deps) {
  async function criterionOf(actor: Actor, assessmentId: string, criterionId: string) {
    const row = await assessments.load(actor, assessmentId);
    const known = flattenCriteria(catalogs.get(row.catalogId).catalog).some((c) => c.id === criterionId);
    if (!known) throw new NotFoundError(`Criterion "${criterionId}" is not part of this assessment's catalog`);
    return row;
  }

  return {
    async save(actor: Actor, assessmentId: string, criterionId: string, body: { explanation: string; links: string[] }) {
      const row = await criterionOf(actor, assessmentId, criterionId);
      ensure(actor, row, 'editDocumentation');
      await createAssessmentRepository(db).updateCriterion(assessmentId, criterionId, { ...body, documentedAt: now() });
    },

    async uploadEvidence(
      actor: Actor,
      assessmentId: string,
      criterionId: string,
      file: { fileName: string; mediaType: string; content: Buffer },
    ) {
      const row = await criterionOf(actor, assessmentId, criterionId);
      ensure(actor, row, 'editDocumentation');
      const inspected = await inspectUpload(file.content, file);
      return db.transaction(async (tx) => {
        const evidence = createEvidenceRepository(tx);
        await createFileRepository(tx).put({
          sha256: inspected.sha256,
          content: file.content,
          size: inspected.size,
          mediaType: inspected.mediaType,
        });
        // The same file uploaded twice for one criterion is kept once (a double submit is harmless).
        const created =
          (await evidence.insert({
            assessmentId,
            criterionId,
            certifierId: row.certifierId,
            municipalityId: row.municipalityId,
            uploadedBy: actor.userId,
            ...inspected,
          })) ?? (await evidence.findBySha(assessmentId, criterionId, inspected.sha256))!;
        return {
          id: created.id,
          criterionId,
          fileName: created.fileName,
          mediaType: created.mediaType,
          size: created.size,
          sha256: created.sha256,
          uploadedAt: created.uploadedAt,
        };
      });
    },

    async downloadEvidence(actor: Actor, assessmentId: string, fileId: string) {
      await assessments.load(actor, assessmentId);
      const file = await createEvidenceRepository(db).find(assessmentId, fileId);
      if (!file) throw new NotFoundError(`Evidence file ${fileId} not found`);
      const content = await createFileRepository(db).get(file.sha256);
      if (!content) throw new NotFoundError(`Evidence file ${fileId} has no content`);
      return { fileName: file.fileName, mediaType: file.mediaType, content };
    },

    async deleteEvidence(actor: Actor, assessmentId: string, fileId: string) {
      const row = await assessments.load(actor, assessmentId);
      ensure(actor, row, 'editDocumentation');
      const evidence = createEvidenceRepository(db);
      if (!(await evidence.find(assessmentId, fileId))) throw new NotFoundError(`Evidence file ${fileId} not found`);
      await evidence.delete(assessmentId, fileId);
    },

    /** The documentation table as XLSX, generated from the assessment's catalog version. */
    async table(actor: Actor, assessmentId: string) {
      const row = await assessments.load(actor, assessmentId);
      if (row.status === 'applied' || row.status === 'declined')
        throw new ValidationError('The documentation table is available once the certifier has accepted the application');
      const stored = catalogs.get(row.catalogId);
      const repo = createAssessmentRepository(db);
      const [names, criteria] = await Promise.all([repo.names(row), repo.criteria(assessmentId)]);
      const content = await buildDocumentationTable({
        locale: actor.locale,
        assessmentId,
        schemeId: stored.schemeId,
        catalogVersion: stored.version,
        schemeTitle: stored.catalog.title,
        municipalityName: names.municipality,
        criteria: flattenCriteria(stored.catalog).map((c) => ({
          id: c.id,
          topicTitle: c.topicTitle,
          title: c.title,
          guidingQuestions: c.guidingQuestions ?? [],
          evidence: c.evidence ?? [],
        })),
        entries: criteria.map((c) => ({ criterionId: c.criterionId, explanation: c.explanation, links: c.links })),
      });
      return { fileName: `Dokumentationstabelle-${stored.schemeId}-${stored.version}.xlsx`, content };
    },

    /** The filled table uploaded back: good rows are saved together, bad rows are reported by row number. */
    async importTable(actor: Actor, assessmentId: string, content: Buffer) {
      const row = await assessments.load(actor, assessmentId);
      ensure(actor, row, 'editDocumentation');
      const stored = catalogs.get(row.catalogId);
      let parsed;
      try {
        parsed = await parseDocumentationTable(content, {
          assessmentId,
          schemeId: stored.schemeId,
          catalogVersion: stored.version,
          criterionIds: flattenCriteria(stored.catalog).map((c) => c.id),
        });
      } catch (err) {
        if (err instanceof DocumentationTableError) throw new ValidationError(err.message, { code: err.code });
        throw err;
      }
      await db.transaction(async (tx) => {
        const repo = createAssessmentRepository(tx);
        for (const e of parsed.entries) {
          await repo.updateCriterion(assessmentId, e.criterionId, { explanation: e.explanation, links: e.links, documentedAt: now() });
        }
      });
      return { imported: parsed.entries.length, errors: parsed.errors };
    },
  };
}

export type DocumentationService = ReturnType<typeof createDocumentationService>;
