import { Link } from "@remix-run/react";
import { IMPLEMENTATION_SCALE_LABELS } from "~/schemas/values";
import { DataTable, type Column } from "~/components/data-table";

// Adoption, fidelity and sustainment school by school: read-only views for the initiative page and leads.

export function RatingText({ value }: { value: number | null }) {
  if (value == null) return <span className="rating rating--none">Not judged yet</span>;
  return (
    <span className={`rating rating--${value}`}>
      {value} – {IMPLEMENTATION_SCALE_LABELS[value] ?? value}
    </span>
  );
}

interface SchoolRow {
  schoolId: string;
  schoolName: string;
  adoption: number | null;
  fidelity: number | null;
  sustainment: number | null;
  note: string;
}

type Ratings = Pick<SchoolRow, "adoption" | "fidelity" | "sustainment">;

// An initiative's own schools and the cohort's schools to watch are judged on the same three scales.
function ratingColumns<Row extends Ratings>(): Column<Row>[] {
  return [
    { header: "Adoption", cell: (s) => <RatingText value={s.adoption} /> },
    { header: "Fidelity", cell: (s) => <RatingText value={s.fidelity} /> },
    { header: "Sustainment", cell: (s) => <RatingText value={s.sustainment} /> },
  ];
}

export function SchoolImplementationTable({ schools, caption }: { schools: SchoolRow[]; caption?: string }) {
  return (
    <DataTable
      caption={
        caption ?? "Adoption, fidelity and sustainment in each school (1 Not yet, 2 Beginning, 3 Mostly, 4 Fully)"
      }
      captionVisible
      rows={schools}
      rowKey={(s) => s.schoolId}
      columns={[
        { header: "School", cell: (s) => s.schoolName },
        ...ratingColumns<SchoolRow>(),
        { header: "Note", cell: (s) => s.note },
      ]}
    />
  );
}

/** The initiative page's section: shown only for initiatives across more than one school. */
export function SchoolImplementationSection({
  initiativeId,
  schools,
  canEdit,
}: {
  initiativeId: string;
  schools: SchoolRow[];
  canEdit: boolean;
}) {
  if (schools.length < 2) return null;
  const judged = schools.some((s) => s.adoption != null || s.fidelity != null || s.sustainment != null);
  return (
    <section aria-labelledby="school-implementation-title">
      <h3 id="school-implementation-title">School by school</h3>
      {judged ? (
        <SchoolImplementationTable schools={schools} />
      ) : (
        <p>
          {canEdit
            ? "Record how far the approach has taken hold in each school: adoption, fidelity and sustainment."
            : "Not recorded yet."}
        </p>
      )}
      {canEdit ? (
        <p>
          <Link to={`/initiatives/${initiativeId}/schools`}>
            {judged ? "Update school by school" : "Record school by school"}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export interface SchoolToWatchRow {
  initiativeId: string;
  initiativeTitle: string;
  ownerId: string;
  ownerName: string;
  schoolName: string;
  adoption: number | null;
  fidelity: number | null;
  sustainment: number | null;
  note: string;
  reasons: string[];
}

/** The cohort dashboard's "Schools to watch": where the approach is used but fidelity or sustainment is low. */
export function SchoolsToWatch({ cohortId, schools }: { cohortId: string; schools: SchoolToWatchRow[] }) {
  return (
    <section className="dashboard-section" aria-labelledby="schools-to-watch">
      <h2 id="schools-to-watch">Schools to watch</h2>
      <p>
        Schools in initiatives shared with you where the approach is in use but its fidelity or sustainment is low (Not
        yet or Beginning) and behind its adoption: it is drifting from its design, or not lasting. Worst first. The
        filters above do not apply here.
      </p>
      {schools.length === 0 ? (
        <p>No school is drifting in the initiatives shared with you.</p>
      ) : (
        <DataTable
          caption="Schools to watch, by participant and initiative (ratings 1 Not yet to 4 Fully)"
          captionVisible
          rows={schools}
          rowKey={(s) => `${s.initiativeId}-${s.schoolName}`}
          columns={[
            { header: "School", cell: (s) => s.schoolName },
            {
              header: "Initiative",
              cell: (s) => (
                <>
                  <Link to={`/initiatives/${s.initiativeId}`}>{s.initiativeTitle}</Link>
                  <br />
                  <Link to={`/cohorts/${cohortId}/participants/${s.ownerId}`}>{s.ownerName}</Link>
                </>
              ),
            },
            ...ratingColumns<SchoolToWatchRow>(),
            {
              header: "Why",
              cell: (s) => (
                <>
                  <ul className="schools-to-watch__reasons">
                    {s.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                  {s.note ? <p className="schools-to-watch__note">Note: {s.note}</p> : null}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
