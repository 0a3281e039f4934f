import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { EvidenceMeta, EvidenceOpenLink, EvidenceStatements, evidenceStylesheet } from "~/evidence/panel";
import { getDb } from "~/db.server";
import { countOwnEvidence, listOwnEvidence } from "~/evidence/evidence.server";
import { parseEvidenceKindFilter } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Your evidence – Strands" }];

export const links: LinksFunction = () => [evidenceStylesheet];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const kind = parseEvidenceKindFilter(new URL(request.url).searchParams.get("kind"));
  const [evidence, total] = await Promise.all([
    listOwnEvidence(getDb(), viewer, { kind }),
    countOwnEvidence(getDb(), viewer),
  ]);
  return { evidence, kind: kind ?? "all", total };
}

const FILTERS = [
  { value: "all", label: "Files and links" },
  { value: "file", label: "Files only" },
  { value: "link", label: "Links only" },
] as const;

function countText(n: number, kind: string) {
  const noun = kind === "file" ? "file" : kind === "link" ? "link" : "piece of evidence";
  const plural = kind === "file" ? "files" : kind === "link" ? "links" : "pieces of evidence";
  return `${n} ${n === 1 ? noun : plural}`;
}

export default function YourEvidence() {
  const { evidence, kind, total } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Your evidence</h1>
      <p className="lead">
        Every file and link you have added to your initiatives, audits, task responses and reflections. To add evidence,
        open the record it belongs to.
      </p>
      {total === 0 ? (
        <p>
          You have not added any evidence yet. Open one of <Link to="/initiatives">your initiatives</Link> and choose
          “Add evidence”.
        </p>
      ) : (
        <>
          <Form method="get" className="evidence-filter">
            <div className="form-group">
              <label className="label" htmlFor="evidence-kind-filter">
                Show
              </label>
              <select id="evidence-kind-filter" name="kind" defaultValue={kind} className="select" key={kind}>
                {FILTERS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary">
              Show evidence
            </button>
          </Form>
          <p role="status" className="evidence-summary">
            Showing {countText(evidence.length, kind)}
            {kind !== "all" ? ` of ${countText(total, "all")}` : ""}.
          </p>
          {evidence.length === 0 ? (
            <p>None of your evidence is a {kind}.</p>
          ) : (
            <ul className="evidence-list">
              {evidence.map((item) => (
                <li key={item.id} id={`evidence-${item.id}`} className="evidence-item">
                  <h2 className="evidence-item__title">{item.title}</h2>
                  <EvidenceMeta item={item} />
                  <p className="evidence-record">
                    {item.record.kindLabel}:{" "}
                    <Link to={`${item.record.href}#evidence-${item.id}`}>{item.record.title}</Link>
                  </p>
                  <p className="prose evidence-item__description">{item.description}</p>
                  <EvidenceStatements statements={item.statements} />
                  <p className="evidence-item__actions">
                    <EvidenceOpenLink item={item} />
                    <Link to={`/evidence/${item.id}/edit?from=list`}>
                      Edit<span className="visually-hidden"> {item.title}</span>
                    </Link>
                    <Link to={`/evidence/${item.id}/delete?from=list`}>
                      Remove<span className="visually-hidden"> {item.title}</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
