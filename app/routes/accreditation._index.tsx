import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Completeness } from "~/accreditation/status";
import { getDb } from "~/db.server";
import { listOwnAccreditationCohorts } from "~/accreditation/participant.server";
import styles from "~/accreditation/accreditation.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Accreditation – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { cohorts: await listOwnAccreditationCohorts(getDb(), viewer) };
}

export default function AccreditationIndex() {
  const { cohorts } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Accreditation</h1>
      {cohorts.length === 0 ? (
        <div className="narrow">
          <p className="lead">None of your programmes leads to accreditation.</p>
          <p>
            The PD Lead Programme and the School Development Lead Programme are accredited: each has criteria you show
            you meet with a written statement and evidence from your records, which your cohort lead reviews and
            approves. When you join a cohort of one of those programmes, it appears here.
          </p>
          <p>
            <Link to="/programmes">Read the programmes’ frameworks and criteria</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            For each criterion, write how you meet it, map your evidence and records to it and submit it for review.
          </p>
          <ul className="card-list">
            {cohorts.map((c) => (
              <li key={c.cohortId} className="card">
                <h2 className="card__title">
                  <Link to={`/accreditation/${c.cohortId}`}>{c.cohortName}</Link>
                </h2>
                <p className="card__meta">{c.programmeName}</p>
                <Completeness readiness={c.readiness} />
                <p>
                  {c.approvedCount} of {c.criteriaCount} criteria approved, {c.submittedCount} waiting for review.
                  {c.readiness.missing.length > 0
                    ? ` ${c.readiness.missing.length} ${
                        c.readiness.missing.length === 1 ? "thing" : "things"
                      } still to do.`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
