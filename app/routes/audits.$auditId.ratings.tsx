import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { RatingGrid } from "~/audits/grid";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { getRatingGrid, gridChoicesFrom, saveRatings } from "~/audits/ratings.server";
import { parseWithZod, ratingsSchema } from "~/schemas/all.server";
import { AUDIT_KIND_LABELS, RATING_LABELS } from "~/schemas/values";
import styles from "~/audits/audits.css";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Rate the schools: ${data && "audit" in data ? data.audit.focus : "audit"} – Strands` },
];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getRatingGrid(getDb(), viewer, params.auditId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const id = params.auditId ?? "";
  const grid = await getRatingGrid(getDb(), viewer, id);
  const submission = parseWithZod(await readFormData(request), { schema: ratingsSchema(gridChoicesFrom(grid)) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    await saveRatings(getDb(), viewer, id, submission.value);
    return redirect(`/audits/${id}?saved=ratings`);
  });
}

export default function RateSchools() {
  const { audit, schools, criteria, ratings } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const total = schools.length * criteria.length;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/audits/${audit.id}`}>Back to {audit.focus}</Link>
      </p>
      <span className="caption">
        {AUDIT_KIND_LABELS[audit.kind]} audit · <DateText value={audit.conductedOn} />
      </span>
      <h1>Rate the schools</h1>
      <p className="lead">{audit.focus}</p>
      <p>
        For each criterion, choose how far it is seen in each school. {ratings.length} of {total} cells are rated. Leave
        a cell as “Not rated” if you have not seen it yet: you can save now and finish later.
      </p>
      <p className="audit-scale">
        <strong>The scale:</strong>{" "}
        {Object.entries(RATING_LABELS)
          .map(([value, label]) => `${value} ${label}`)
          .join(" · ")}
      </p>
      <RatingGrid
        schools={schools}
        criteria={criteria}
        ratings={ratings}
        lastResult={lastResult}
        cancelTo={`/audits/${audit.id}`}
      />
    </>
  );
}
