import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { fileBlob } from '../db/schema.js';

/** Content-addressed store: the same bytes are kept once, whoever uploads them. */
export function createFileRepository(db: DbOrTx) {
  return {
    async put(blob: { sha256: string; content: Buffer; size: number; mediaType: string }) {
      await db.insert(fileBlob).values(blob).onConflictDoNothing();
    },
    async get(sha256: string): Promise<Buffer | undefined> {
      const [row] = await db.select({ content: fileBlob.content }).from(fileBlob).where(eq(fileBlob.sha256, sha256));
      return row?.content;
    },
  };
}
