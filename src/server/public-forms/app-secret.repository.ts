import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { appSecret } from '../db/schema.js';

export function createAppSecretRepository(db: DbOrTx) {
  return {
    /**
     * The secret of that name, made on first use. Insert-if-absent then read back, so every
     * process (and every request racing on the first start) ends up with the same value.
     */
    async getOrCreate(name: string, candidate: string): Promise<string> {
      await db.insert(appSecret).values({ name, value: candidate }).onConflictDoNothing({ target: appSecret.name });
      const [row] = await db.select({ value: appSecret.value }).from(appSecret).where(eq(appSecret.name, name));
      if (!row) throw new Error(`app secret ${name} vanished right after it was stored`);
      return row.value;
    },
  };
}
