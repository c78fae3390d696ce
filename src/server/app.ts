import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { assessmentRoutes } from './assessments/assessment.routes.js';
import { documentationRoutes } from './assessments/documentation.routes.js';
import { meetingRoutes } from './assessments/meeting.routes.js';
import { resultRoutes } from './assessments/result.routes.js';
import { auditPlanRoutes } from './audit-plans/audit-plan.routes.js';
import { auditTrailRoutes } from './audit-trail/audit-trail.routes.js';
import { authPlugin, requireLoginPlugin } from './auth/auth.plugin.js';
import { authRoutes } from './auth/auth.routes.js';
import { catalogRoutes } from './catalogs/catalog.routes.js';
import type { CatalogService } from './catalogs/catalog.service.js';
import { certificateCycleRoutes } from './certificates/certificate-cycle.routes.js';
import { certificateRoutes } from './certificates/certificate.routes.js';
import { publicComplaintRoutes } from './complaints/complaint.public.routes.js';
import { complaintRoutes } from './complaints/complaint.routes.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { figuresRoutes } from './figures/figures.routes.js';
import { measuredEvidenceRoutes } from './figures/measured-evidence.routes.js';
import { auditReportRoutes } from './findings/audit-report.routes.js';
import { findingRoutes } from './findings/finding.routes.js';
import { goalRoutes } from './goals/goal.routes.js';
import { registerErrorHandler } from './http/error-handler.js';
import { icalRoutes } from './ical/ical.routes.js';
import { importRoutes } from './imports/import.routes.js';
import { organizationRoutes } from './organizations/organization.routes.js';
import { registryRoutes } from './registry/registry.routes.js';
import { calendarRoutes } from './calendars/calendar.routes.js';
import { caseRoutes } from './cases/case.routes.js';
import { deadlineRoutes } from './deadlines/deadline.routes.js';
import { mailRoutes } from './mail/mail.routes.js';
import { maturityRoutes } from './maturity/maturity.routes.js';
import { pilotRoutes } from './pilots/pilot.routes.js';
import { promiseRoutes } from './promises/promise.routes.js';
import { publicFormRoutes } from './public-forms/public-forms.routes.js';
import { publicServiceRoutes } from './public-service/public-service.routes.js';
import { qualityRepRoutes } from './quality-reps/quality-rep.routes.js';
import type { Services } from './services.js';

export type AppDeps = {
  config: Pick<Config, 'logLevel' | 'maxUploadBytes' | 'sessionTtlMs' | 'cookieSecure' | 'publicUrl'> & Partial<Pick<Config, 'trustProxy'>>;
  database: Database;
  catalogs: CatalogService;
  /** Built by the caller (createServices), who shares them with the background jobs. */
  services: Services;
  /** Where the built SPA lives; absent in API-only tests. */
  webRoot?: string | null;
};

const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Builds the HTTP app: the composition root that wires each feature's services and routes. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, catalogs } = deps;
  const { db } = database;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    // a client that reaches the app directly must not choose its own address (rate limits)
    trustProxy: config.trustProxy ?? 'loopback',
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Siegelwerk API',
        version: '1',
        description: 'Seal schemes, certification of municipalities, certificates and the public registry.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sw_session' } } },
      security: [{ session: [] }],
    },
    transform: createJsonSchemaTransform({ skipList: ['/api/docs', '/api/docs/*'] }),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  // preHandler: the login limit is keyed by the e-mail in the body, so it runs after parsing
  await app.register(rateLimit, { global: false, hook: 'preHandler' });

  const { auth, assessments, documentation, meeting, results, certificates } = deps.services;
  await app.register(authPlugin, { auth });
  await app.register(requireLoginPlugin);

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await database.db.execute('select 1');
    return { status: 'ok', database: database.kind };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      await api.register(authRoutes(auth, { secure: config.cookieSecure }));
      await api.register(catalogRoutes(catalogs));
      await api.register(organizationRoutes(db, catalogs));
      await api.register(assessmentRoutes(assessments));
      await api.register(documentationRoutes(documentation, config.maxUploadBytes));
      await api.register(meetingRoutes(meeting));
      await api.register(resultRoutes(results));
      await api.register(findingRoutes(deps.services.findings));
      await api.register(auditReportRoutes(deps.services.auditReports));
      await api.register(certificateCycleRoutes(deps.services.certificateCycle, deps.services.cycleAudits));
      await api.register(certificateRoutes(certificates));
      await api.register(icalRoutes(deps.services.ical, config.publicUrl));
      await api.register(auditTrailRoutes(db));
      await api.register(registryRoutes(certificates));
      await api.register(publicFormRoutes(deps.services.publicForms));
      await api.register(complaintRoutes(deps.services.complaints));
      await api.register(publicComplaintRoutes(deps.services.complaints));
      await api.register(figuresRoutes(deps.services.figures));
      await api.register(measuredEvidenceRoutes(deps.services.measuredEvidence));
      await api.register(deadlineRoutes());
      await api.register(calendarRoutes(deps.services.calendars));
      await api.register(promiseRoutes(deps.services.promises));
      await api.register(pilotRoutes(deps.services.pilots));
      await api.register(importRoutes(deps.services.imports, config.maxUploadBytes));
      await api.register(caseRoutes(deps.services.cases, deps.services.caseNotices));
      await api.register(mailRoutes(deps.services.mail));
      await api.register(publicServiceRoutes(deps.services.publicService));
      await api.register(maturityRoutes(deps.services));
      await api.register(qualityRepRoutes(deps.services.qualityReps));
      await api.register(auditPlanRoutes(deps.services.auditPlans));
      await api.register(goalRoutes(deps.services.goals));
    },
    { prefix: '/api/v1' },
  );

  const webRoot = deps.webRoot === undefined ? defaultWebRoot : deps.webRoot;
  const spa = webRoot && existsSync(path.join(webRoot, 'index.html'));
  if (spa) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    // The SPA's client-side routes (/verzeichnis, /verfahren/…) get index.html; everything else a JSON 404.
    if (spa && request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not_found', message: `No route ${request.method} ${request.url}`, requestId: request.id });
  });
  return app;
}
