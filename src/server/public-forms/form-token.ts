import { createHmac, timingSafeEqual } from 'node:crypto';

// A form token proves that a public form was opened through our own page some seconds
// before it was sent: a bot that posts straight away, or replays a token for days, is
// refused without captchas or third-party services. The token is stateless: an HMAC
// over when it was issued and a random nonce, checked with the platform's own key.

/** People take longer than this to fill in a form; bots post at once. */
export const MIN_AGE_MS = 3_000;
/** An open browser tab may be sent the next day, not later. */
export const MAX_AGE_MS = 24 * 3_600_000;

const VERSION = 'v1';

export type FormTokenCheck = 'ok' | 'malformed' | 'forged' | 'too_fast' | 'expired';

function mac(key: string, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

/** `v1.<issued-at ms, base 36>.<nonce>.<HMAC-SHA256 of the first three parts>`, all URL-safe. */
export function signFormToken(key: string, issuedAt: Date, nonce: Buffer): string {
  const payload = `${VERSION}.${issuedAt.getTime().toString(36)}.${nonce.toString('base64url')}`;
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

export function checkFormToken(key: string, token: string, now: Date): FormTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION || !/^[0-9a-z]{1,12}$/.test(parts[1]!)) return 'malformed';
  const given = Buffer.from(parts[3]!, 'base64url');
  const expected = mac(key, parts.slice(0, 3).join('.'));
  // compared in constant time, so the signature cannot be guessed byte by byte
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  const age = now.getTime() - Number.parseInt(parts[1]!, 36);
  if (age < MIN_AGE_MS) return 'too_fast';
  if (age > MAX_AGE_MS) return 'expired';
  return 'ok';
}
