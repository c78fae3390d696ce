import { type AnyColumn, sql } from 'drizzle-orm';

/**
 * The name of a municipality's district, as a scalar subquery. (A left join of a
 * second alias of `organization` types as never in drizzle 0.45, so we say it in SQL.)
 */
export function districtNameOf(parentId: AnyColumn) {
  return sql<string | null>`(select d.name from organization d where d.id = ${parentId})`;
}
