import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InitiativeCards } from "~/initiatives/cards";
import { getDb } from "~/db.server";
import { listOwnInitiatives } from "~/initiatives/initiatives.server";
import { requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Your initiatives – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { initiatives: await listOwnInitiatives(getDb(), viewer) };
}

export default function Initiatives() {
  const { initiatives } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Your initiatives</h1>
      {initiatives.length === 0 ? (
        <p>You have not created an initiative yet.</p>
      ) : (
        <InitiativeCards initiatives={initiatives} />
      )}
      <Link to="/initiatives/new" className="button">
        Create an initiative
      </Link>
    </>
  );
}
