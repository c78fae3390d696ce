import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/server/auth/actor.js';
import { hashPassword } from '../../src/server/auth/password.js';
import type { Db } from '../../src/server/db/client.js';
import { appUser, organization, schemeOffer } from '../../src/server/db/schema.js';

// Small factories: each test builds exactly the tenants it needs.

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const suffix = () => randomBytes(4).toString('hex');

export async function createOrganization(
  db: Db,
  values: { kind: 'certifier' | 'district' | 'municipality'; name?: string; parentId?: string; stateCode?: string },
) {
  const [row] = await db
    .insert(organization)
    .values({ name: `${values.kind} ${suffix()}`, ...values })
    .returning();
  return row!;
}

export async function createUser(db: Db, organizationId: string, role: Role, email = `${role}-${suffix()}@test.example`) {
  passwordHash ??= hashPassword(PASSWORD);
  const [row] = await db
    .insert(appUser)
    .values({ organizationId, role, email, displayName: `${role} ${suffix()}`, passwordHash: await passwordHash })
    .returning();
  return row!;
}

/** A certifier awarding the given schemes, with an admin and an auditor. */
export async function createCertifier(db: Db, schemeIds: string[]) {
  const org = await createOrganization(db, { kind: 'certifier' });
  if (schemeIds.length) await db.insert(schemeOffer).values(schemeIds.map((schemeId) => ({ certifierId: org.id, schemeId })));
  return { org, admin: await createUser(db, org.id, 'certifier_admin'), auditor: await createUser(db, org.id, 'auditor') };
}

/** A municipality in a district, with its contact person and a member. */
export async function createMunicipality(db: Db, name?: string) {
  const district = await createOrganization(db, { kind: 'district', stateCode: 'NW' });
  const org = await createOrganization(db, { kind: 'municipality', parentId: district.id, stateCode: 'NW', ...(name ? { name } : {}) });
  return {
    org,
    district,
    admin: await createUser(db, org.id, 'municipality_admin'),
    member: await createUser(db, org.id, 'municipality_member'),
  };
}
