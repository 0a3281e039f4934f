import { sql } from "kysely";

// The overdue rule, stated once: an action is overdue when it is not done and its due date is before today (a
// calendar date in England, todayInEngland). One form for rows in hand, one for queries that join action_items.

export function isOverdue(action: { rag: string; due_on: string }, today: string): boolean {
  return action.rag !== "done" && action.due_on < today;
}

/** How many of the joined action_items are overdue. */
export function overdueActions(today: string) {
  return sql<
    string | number | null
  >`sum(case when action_items.rag <> 'done' and action_items.due_on < ${today} then 1 else 0 end)`;
}
