import { Link } from "@remix-run/react";
import { HealthLine, type HealthView } from "./health";
import { DateText, OverdueTag, StatusTag } from "~/components/tags";

export interface InitiativeCard {
  id: string;
  title: string;
  status: string;
  startsOn: string;
  endsOn: string;
  cohortName: string;
  actionCount: number;
  doneCount: number;
  overdueCount: number;
  health?: HealthView | null;
}

export function InitiativeCards({
  initiatives,
  headingLevel = 2,
}: {
  initiatives: InitiativeCard[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="card-list">
      {initiatives.map((initiative) => (
        <li className="card" key={initiative.id}>
          <Heading>
            <Link to={`/initiatives/${initiative.id}`}>{initiative.title}</Link>
          </Heading>
          <p className="card__meta">
            <StatusTag status={initiative.status} />
            {initiative.health ? <HealthLine health={initiative.health} /> : null}
            <OverdueTag count={initiative.overdueCount} />
            <span>
              {initiative.doneCount} of {initiative.actionCount} actions done
            </span>
            <span>
              <DateText value={initiative.startsOn} /> to <DateText value={initiative.endsOn} />
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
