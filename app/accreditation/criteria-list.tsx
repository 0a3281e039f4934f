import type { ReactNode } from "react";
import { CriterionStatusTag } from "~/accreditation/status";

// The list of a participant's criteria, on their own page and on their lead's review page: each criterion is a
// target (`#criterion-…`) a form comes back to, with its number, its text and its status; what follows the status
// is the page's own.

interface ListedCriterion {
  id: string;
  number: number;
  text: string;
  status: string;
}

export function CriteriaList<Criterion extends ListedCriterion>({
  criteria,
  children,
}: {
  criteria: readonly Criterion[];
  children: (criterion: Criterion) => ReactNode;
}) {
  return (
    <ol className="criteria-list">
      {criteria.map((criterion) => (
        <li key={criterion.id} id={`criterion-${criterion.id}`} className="criterion" tabIndex={-1}>
          <h3 className="criterion__title">
            <span className="criterion__number">Criterion {criterion.number}</span> {criterion.text}
          </h3>
          <p className="criterion__status">
            Status: <CriterionStatusTag status={criterion.status} />
          </p>
          {children(criterion)}
        </li>
      ))}
    </ol>
  );
}
