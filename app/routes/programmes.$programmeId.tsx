import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { getProgramme } from "~/frameworks/frameworks.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.programme.name ?? "Programme"} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const programme = await getProgramme(getDb(), params.programmeId ?? "");
  if (!programme) notFound("We could not find that programme.");
  return { programme };
}

export default function Programme() {
  const { programme } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/programmes">Outcome frameworks</Link>
      </p>
      <span className="caption">{programme.code}</span>
      <h1>{programme.name}</h1>
      <p className="lead">{programme.summary}</p>
      {programme.strands.map((strand) => (
        <section className="strand" key={strand.id} aria-labelledby={`strand-${strand.id}`}>
          <h2 id={`strand-${strand.id}`}>{strand.title}</h2>
          <p>{strand.leadIn}</p>
          <ul className="statement-list">
            {strand.statements
              .filter((s) => !s.parentId)
              .map((statement) => {
                const children = strand.statements.filter((c) => c.parentId === statement.id);
                return (
                  <li key={statement.id}>
                    {statement.text}
                    {children.length > 0 ? (
                      <ul>
                        {children.map((c) => (
                          <li key={c.id}>{c.text}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      {programme.criteria.length > 0 ? (
        <section className="strand" aria-labelledby="criteria">
          <h2 id="criteria">Accreditation criteria</h2>
          <ol className="statement-list">
            {programme.criteria.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
