import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appUser, organization, session } from '../db/schema.js';
import type { Actor } from './actor.js';

export function createSessionRepository(db: DbOrTx) {
  return {
    async findUserByEmail(email: string) {
      const [row] = await db
        .select()
        .from(appUser)
        .where(sql`lower(${appUser.email}) = lower(${email})`)
        .limit(1);
      return row;
    },

    async insert(row: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }) {
      await db.insert(session).values(row);
    },

    async delete(tokenHash: string) {
      await db.delete(session).where(eq(session.tokenHash, tokenHash));
    },

    async deleteExpired(now: Date) {
      await db.delete(session).where(lt(session.expiresAt, now));
    },

    /** The session's actor, or undefined when the token is unknown, expired or the user disabled. */
    async findActor(tokenHash: string, now: Date): Promise<{ actor: Actor; csrfToken: string } | undefined> {
      const [row] = await db
        .select({
          csrfToken: session.csrfToken,
          userId: appUser.id,
          email: appUser.email,
          displayName: appUser.displayName,
          role: appUser.role,
          locale: appUser.locale,
          organizationId: organization.id,
          organizationKind: organization.kind,
          organizationName: organization.name,
        })
        .from(session)
        .innerJoin(appUser, eq(appUser.id, session.userId))
        .innerJoin(organization, eq(organization.id, appUser.organizationId))
        .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now), eq(appUser.disabled, false)))
        .limit(1);
      if (!row) return undefined;
      const { csrfToken, ...actor } = row;
      return { actor, csrfToken };
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
