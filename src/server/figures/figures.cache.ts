import { LRUCache } from 'lru-cache';

/**
 * Computed figures, kept under the stamp they were computed at: the figures_version counters
 * of the administrations they cover (migration figures_version_triggers). Every statement that
 * changes a case or a promise raises its administration's counter in the same transaction,
 * so figures are served again only while nothing they depend on has changed.
 *
 * The stamp is read before the figures are computed: figures stored under a stamp reflect at
 * least that state, and a later change moves the stamp, so stale figures are never served.
 * Requests for the same figures while they are being computed share the one computation.
 */
export function createFiguresCache<T extends object>(options: { maxEntries: number }) {
  const entries = options.maxEntries > 0 ? new LRUCache<string, { stamp: string; value: Promise<T> }>({ max: options.maxEntries }) : null;

  return {
    async get(key: string, stamp: string, compute: () => Promise<T>): Promise<T> {
      if (!entries) return compute();
      const hit = entries.get(key);
      if (hit?.stamp === stamp) return hit.value;
      const value = compute();
      const entry = { stamp, value };
      entries.set(key, entry);
      // a failed computation is not kept
      value.catch(() => entries.get(key) === entry && entries.delete(key));
      return value;
    },

    get size() {
      return entries?.size ?? 0;
    },
  };
}

export type FiguresCache<T extends object> = ReturnType<typeof createFiguresCache<T>>;
