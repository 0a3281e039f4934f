import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ProgrammeOverview } from "~/dashboards/overview";
import { getDb } from "~/db.server";
import { getAdminOverview } from "~/dashboards/dashboard.server";
import styles from "~/dashboards/dashboards.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ title: "Programme overview – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getAdminOverview(getDb(), viewer);
}

export default function AdminOverview() {
  const { programmes } = useLoaderData<typeof loader>();
  return (
    <div className="dashboard">
      <h1>Programme overview</h1>
      <p className="lead">
        Every cohort of each programme side by side. Only records participants have shared with leads are counted.
      </p>
      {programmes.length === 0 ? (
        <p>No cohorts yet.</p>
      ) : (
        programmes.map((p) => <ProgrammeOverview key={p.id} {...p} />)
      )}
    </div>
  );
}
