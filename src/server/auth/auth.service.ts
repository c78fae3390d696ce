import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { UnauthorizedError } from '../http/errors.js';
import type { Actor } from './actor.js';
import { hashPassword, verifyPassword } from './password.js';
import type { SessionRepository } from './session.repository.js';

type Deps = {
  sessions: SessionRepository;
  now: () => Date;
  sessionTtlMs: number;
};

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

// Verifying against a fixed hash when the e-mail is unknown keeps the answer time
// the same, so login timing does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;

export function createAuthService({ sessions, now, sessionTtlMs }: Deps) {
  return {
    async login(email: string, password: string) {
      const user = await sessions.findUserByEmail(email);
      dummyHash ??= hashPassword('not-a-real-password');
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      if (!user || !ok || user.disabled) throw new UnauthorizedError('E-mail address or password is wrong');
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + sessionTtlMs);
      await sessions.deleteExpired(now());
      await sessions.insert({ tokenHash: tokenHash(token), userId: user.id, csrfToken, expiresAt });
      return { token, csrfToken, expiresAt };
    },

    async logout(token: string) {
      await sessions.delete(tokenHash(token));
    },

    authenticate(token: string): Promise<{ actor: Actor; csrfToken: string } | undefined> {
      return sessions.findActor(tokenHash(token), now());
    },

    csrfMatches(expected: string, given: string | undefined): boolean {
      if (!given) return false;
      const a = Buffer.from(expected);
      const b = Buffer.from(given);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
