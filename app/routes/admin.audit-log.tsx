import { DataTable } from "~/components/data-table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { listAuditEvents, listAuditPeople } from "~/audit-trail/audit-log.server";
import { AuditLogFilterSchema } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";
import { formatDateTime } from "~/utils/dates";

export const meta: MetaFunction = () => [{ title: "Audit log – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const url = new URL(request.url);
  const filter = AuditLogFilterSchema.parse({ person: url.searchParams.get("person") || undefined });
  const db = getDb();
  const [people, events] = await Promise.all([
    listAuditPeople(db, viewer),
    listAuditEvents(db, viewer, { personId: filter.person }),
  ]);
  return { people, events, person: filter.person ?? "" };
}

const ACTIONS: Record<string, string> = {
  create: "Created",
  update: "Changed",
  delete: "Deleted",
  view: "Viewed",
  export: "Exported",
  erase: "Erased",
};

const KINDS: Record<string, string> = {
  reflection: "reflection",
  initiative: "initiative",
  audit: "audit",
  task_response: "task response",
  task: "task",
  evidence: "evidence",
  comment: "feedback comment",
  action_item: "action",
  participant: "participant’s story",
  cohort: "cohort data",
  person: "person’s data",
};

export default function AuditLog() {
  const { people, events, person } = useLoaderData<typeof loader>();
  const names = new Map(people.map((p) => [p.id, p.name]));
  const nameOf = (id: string | null, name: string | null) =>
    name ?? (id ? `Erased person ${id.slice(0, 8)}` : "Nobody (system)");
  return (
    <div>
      <h1>Audit log</h1>
      <p className="lead">
        Who created, changed, deleted, looked at someone else’s, or exported data, and when. Entries never hold what a
        record says, only which fields were written. The log cannot be changed or deleted.
      </p>
      <Form method="get" className="filters">
        <div className="form-group">
          <label className="label" htmlFor="person">
            Person
          </label>
          <div className="hint" id="person-hint">
            Events by this person or about their data
          </div>
          <select className="select" id="person" name="person" defaultValue={person} aria-describedby="person-hint">
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.email})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Show events
        </button>
      </Form>
      {person ? (
        <p>
          Showing events by or about {names.get(person) ?? `erased person ${person.slice(0, 8)}`}.{" "}
          <Link to="/admin/audit-log">Show everyone’s</Link>
        </p>
      ) : null}
      {events.length === 0 ? (
        <p>No events yet.</p>
      ) : (
        <DataTable
          caption={`The ${events.length} most recent events, newest first`}
          captionVisible
          rows={events}
          rowKey={(e) => e.id}
          rowHeaders={false}
          columns={[
            { header: "When", cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time> },
            { header: "Who", cell: (e) => nameOf(e.actorId, e.actorName) },
            {
              header: "What",
              cell: (e) => (
                <>
                  {ACTIONS[e.action] ?? e.action} {KINDS[e.subjectKind] ?? e.subjectKind}{" "}
                  <span className="muted">{e.subjectId.slice(0, 8)}</span>
                </>
              ),
            },
            {
              header: "Whose data",
              cell: (e) => (e.subjectOwnerId ? nameOf(e.subjectOwnerId, e.subjectOwnerName) : "—"),
            },
            { header: "Fields", cell: (e) => (e.fields.length > 0 ? e.fields.join(", ") : "—") },
          ]}
        />
      )}
    </div>
  );
}
