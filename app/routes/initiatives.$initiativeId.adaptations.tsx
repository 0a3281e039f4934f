import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { healthStylesheet } from "~/initiatives/health";
import { FieldDiff } from "~/initiatives/health-diff";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { listAdaptations } from "~/initiatives/adaptations.server";
import { requireViewer } from "~/utils/permissions.server";
import { formatTime } from "~/utils/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Changes since it started${data && "initiative" in data ? ` – ${data.initiative.title}` : ""} – Strands` },
];

export const links: LinksFunction = () => [healthStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return listAdaptations(getDb(), viewer, params.initiativeId ?? "");
}

export default function Adaptations() {
  const { initiative, adaptations } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/initiatives/${initiative.id}`}>Back to {initiative.title}</Link>
      </p>
      <span className="caption">{initiative.title}</span>
      <h1>Changes since it started</h1>
      <p>
        Once an initiative has started, every change to its design or its action plan is kept here with the reason for
        it: what was adapted, and why. Words taken out are struck through and marked “removed”; words put in are
        underlined and marked “added”.
      </p>
      {adaptations.length === 0 ? (
        <p>No changes have been made since the initiative started.</p>
      ) : (
        <ol className="timeline">
          {adaptations.map((change) => (
            <li key={change.id} className="timeline__item">
              <article aria-labelledby={`change-${change.id}`}>
                <h2 id={`change-${change.id}`} className="timeline__title">
                  {change.whatChanged}
                </h2>
                <p className="timeline__meta">
                  <DateText value={change.changedAt} /> at {formatTime(change.changedAt)} ·{" "}
                  {change.changedByName ?? "A former user"} · {change.subject === "design" ? "Design" : "Action plan"}
                </p>
                <p className="timeline__why">
                  <strong>Why: </strong>
                  {change.why}
                </p>
                {change.changes.length > 0 ? (
                  <dl className="diff">
                    {change.changes.map((field) => (
                      <div key={field.field} className="diff__row">
                        <dt>{field.label}</dt>
                        <dd>
                          <FieldDiff field={field.field} before={field.before} after={field.after} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
