import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

type Issue = { instancePath?: string; message?: string; params?: { issue?: { path?: PropertyKey[] } } };

/** Turns a schema validation failure into one sentence naming each bad field. */
function describeValidation(context: string | undefined, issues: Issue[]): string {
  const parts = issues.slice(0, 5).map((i) => {
    const field = (i.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    return field ? `${field}: ${i.message}` : `${i.message}`;
  });
  return `Invalid ${context ?? 'request'}: ${parts.join('; ')}`;
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const requestId = request.id;
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.code(400).send({
        error: 'validation',
        message: describeValidation(err.validationContext, err.validation as Issue[]),
        requestId,
        details: err.validation.map((v) => ({ path: v.instancePath, message: v.message })),
      });
    }
    if (err instanceof AppError) {
      return reply
        .code(err.statusCode)
        .send({ error: err.code, message: err.message, requestId, ...(err.details ? { details: err.details } : {}) });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.code(500).send({ error: 'internal', message: 'Internal server error', requestId });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      // Fastify's own 4xx (bad JSON, body too large, wrong content type, rate limit)
      const code = status === 429 ? 'rate_limited' : status === 413 ? 'payload_too_large' : 'bad_request';
      return reply.code(status).send({ error: code, message: err.message, requestId });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: 'internal', message: 'Internal server error', requestId });
  });
}
