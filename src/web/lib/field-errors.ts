import { ApiError } from './api-client';

/**
 * The fields a 400 (or 409) answer complains about, each with the server's message: from the
 * schema validation details (`/amount` → amount) or from a service message that starts
 * with the field's name ("region: unknown region …", "amount and unit: …").
 */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError) || (err.status !== 400 && err.status !== 409)) return {};
  const found: Record<string, string> = {};
  if (Array.isArray(err.details)) {
    for (const d of err.details as { path?: string; message?: string }[]) {
      const field = (d.path ?? '').replace(/^\//, '').split('/')[0];
      if (field && !found[field]) found[field] = d.message ?? err.message;
    }
    if (Object.keys(found).length > 0) return found;
  }
  const match = /^([A-Za-z]+)(?: and ([A-Za-z]+))?: (.+)$/s.exec(err.message);
  if (match) {
    found[match[1]!] = match[3]!;
    if (match[2]) found[match[2]] = match[3]!;
  }
  return found;
}
