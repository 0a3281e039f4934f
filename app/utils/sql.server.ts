import { type Expression, type SqlBool, sql } from "kysely";

/** How many of the grouped rows meet `condition`: SUM(CASE WHEN … THEN 1 ELSE 0 END), the same on both databases. */
export function countWhen(condition: Expression<SqlBool>) {
  return sql<string | number | null>`sum(case when ${condition} then 1 else 0 end)`;
}
