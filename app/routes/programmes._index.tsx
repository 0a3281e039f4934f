import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { listProgrammes } from "~/frameworks/frameworks.server";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Outcome frameworks – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return { programmes: await listProgrammes(getDb()) };
}

export default function Programmes() {
  const { programmes } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Outcome frameworks</h1>
      <p className="lead">
        The programmes&rsquo; outcome strands and statements, and accreditation criteria, as published.
      </p>
      <ul className="card-list">
        {programmes.map((p) => (
          <li className="card" key={p.id}>
            <h2>
              <Link to={`/programmes/${p.id}`}>{p.name}</Link>
            </h2>
            <p className="card__meta">{p.code}</p>
            <p>{p.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
