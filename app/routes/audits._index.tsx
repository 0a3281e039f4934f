import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AuditCards } from "~/audits/cards";
import { getDb } from "~/db.server";
import { listOwnAudits } from "~/audits/audits.server";
import styles from "~/audits/audits.css";
import { participantMemberships, requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Your audits – Strands" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { audits: await listOwnAudits(getDb(), viewer), isParticipant: participantMemberships(viewer).length > 0 };
}

export default function Audits() {
  const { audits, isParticipant } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Your audits</h1>
      {audits.length === 0 ? (
        <div className="notice">
          <p>
            <strong>A trust audit shows where each school stands.</strong> Choose one aspect of teaching or curriculum,
            for example the use of representations in KS3 lessons, and rate it in each school of your trust against a
            few criteria, from Not yet evident to Embedded.
          </p>
          <p>
            Start with a <strong>baseline</strong> before your initiative gets going: it is evidence of need. Later, a{" "}
            <strong>follow-up</strong> repeats the same criteria in the same schools, so you can show what changed.
          </p>
          {isParticipant ? (
            <Link to="/audits/new" className="button">
              Start a baseline audit
            </Link>
          ) : (
            <p>Participants write audits. As a cohort lead you can read the audits participants share with you.</p>
          )}
        </div>
      ) : (
        <>
          <AuditCards audits={audits} />
          <Link to="/audits/new" className="button">
            Start a baseline audit
          </Link>
        </>
      )}
    </>
  );
}
