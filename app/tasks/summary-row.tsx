import type { ReactNode } from "react";

// One row of a task's summary list (due date, workshop, strands, who set it), on the lead's and the participant's
// task pages.

export function SummaryRow({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
