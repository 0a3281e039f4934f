import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateText, VisibilityNote } from "~/components/tags";
import { getDb } from "~/db.server";
import { listOwnReflections } from "~/reflections/reflections.server";
import { participantMemberships, requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Your reflection log – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return {
    reflections: await listOwnReflections(getDb(), viewer),
    isParticipant: participantMemberships(viewer).length > 0,
  };
}

export default function Reflections() {
  const { reflections, isParticipant } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Your reflection log</h1>
      {reflections.length === 0 ? (
        <div className="notice">
          <p>
            Your reflection log is where you think through what happened at a workshop or in your schools, what it
            means, and what you will do next. Reflections you share with your cohort leads become part of the story of
            your initiative.
          </p>
        </div>
      ) : (
        <ul className="card-list">
          {reflections.map((r) => (
            <li className="card" key={r.id}>
              <h2>
                <Link to={`/reflections/${r.id}`}>{r.title}</Link>
              </h2>
              <p className="card__meta">
                <DateText value={r.writtenOn} />
                {r.workshopTitle ? <span>After {r.workshopTitle}</span> : null}
                {r.initiativeTitle ? <span>{r.initiativeTitle}</span> : null}
                <VisibilityNote visibility={r.visibility} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {isParticipant ? (
        <Link to="/reflections/new" className="button">
          Write a reflection
        </Link>
      ) : null}
    </>
  );
}
