import { getSelectProps, getTextareaProps, type SubmissionResult } from "@conform-to/react";
import { RATING_LABELS, RATINGS, type RatingValue } from "~/schemas/values";
import { type AnyField, SubmitRow, useLazyForm, ValidatedForm } from "~/components/forms";

// The rating grid: criteria as rows, schools as columns, a select and an optional note in every cell.
// One form, one Save button; it works without JavaScript and saves whatever is filled in.

type CellField = AnyField;

export interface GridSchool {
  id: string;
  name: string;
}
export interface GridCriterion {
  id: string;
  text: string;
}
export interface GridRating {
  criterionId: string;
  schoolId: string;
  rating: number;
  note: string;
}

function CellError({ field }: { field: CellField | undefined }) {
  if (!field?.errors?.length) return null;
  return (
    <p className="field-error audit-grid__error" id={field.errorId}>
      <span className="visually-hidden">Error: </span>
      {field.errors.join(". ")}
    </p>
  );
}

function RatingOptions() {
  return (
    <>
      <option value="">— Not rated</option>
      {RATINGS.map((value) => (
        <option key={value} value={value}>
          {value} – {RATING_LABELS[Number(value) as RatingValue]}
        </option>
      ))}
    </>
  );
}

function GridHead({ schools }: { schools: GridSchool[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="audit-grid__criterion">
          Criterion
        </th>
        {schools.map((school) => (
          <th scope="col" key={school.id}>
            {school.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One school's rating of one criterion: a select, and a note that opens when it has something in it. */
function RatingCell({
  cell,
  index,
  number,
  criterion,
  school,
}: {
  cell: { rating: CellField; note: CellField } | undefined;
  index: number;
  number: number;
  criterion: GridCriterion;
  school: GridSchool;
}) {
  const rating = cell?.rating;
  const note = cell?.note;
  const invalid = Boolean(rating?.errors?.length || note?.errors?.length);
  const selectId = rating?.id ?? `ratings-cells[${index}].rating`;
  const noteId = note?.id ?? `ratings-cells[${index}].note`;
  const { key: selectKey, ...selectProps } = rating
    ? getSelectProps(rating)
    : { key: undefined, id: selectId, name: `cells[${index}].rating`, defaultValue: "" };
  const { key: noteKey, ...noteProps } = note
    ? getTextareaProps(note)
    : { key: undefined, id: noteId, name: `cells[${index}].note`, defaultValue: "" };
  const noteValue = typeof note?.initialValue === "string" ? note.initialValue : "";
  return (
    <td className={`audit-grid__cell${invalid ? " audit-grid__cell--error" : ""}`}>
      <input type="hidden" name={`cells[${index}].criterionId`} value={criterion.id} />
      <input type="hidden" name={`cells[${index}].schoolId`} value={school.id} />
      <label className="visually-hidden" htmlFor={selectId}>
        Rating for {school.name}, criterion {number}: {criterion.text}
      </label>
      <CellError field={rating} />
      <select key={selectKey} {...selectProps} className="select audit-grid__select">
        <RatingOptions />
      </select>
      <details className="audit-grid__note" open={Boolean(noteValue) || Boolean(note?.errors?.length)}>
        <summary>
          Note
          <span className="visually-hidden">
            {" "}
            for {school.name}, criterion {number}
          </span>
        </summary>
        <label className="visually-hidden" htmlFor={noteId}>
          Note for {school.name}, criterion {number}
        </label>
        <CellError field={note} />
        <textarea key={noteKey} {...noteProps} rows={3} className="textarea audit-grid__note-input" />
      </details>
    </td>
  );
}

/** Names a cell's fields in the error summary: "Oak School, criterion 2". */
function gridLabels(schools: GridSchool[]) {
  const where = (index: number) => {
    const criterion = Math.floor(index / Math.max(1, schools.length));
    const school = schools[index % Math.max(1, schools.length)];
    return { number: criterion + 1, school: school?.name ?? "" };
  };
  return (name: string) => {
    const cell = /^cells\[(\d+)\]\.(\w+)$/.exec(name);
    if (!cell) return name === "cells" ? "Ratings" : undefined;
    const { number, school } = where(Number(cell[1]));
    return cell[2] === "note" ? `Note for ${school}, criterion ${number}` : `${school}, criterion ${number}`;
  };
}

export function RatingGrid({
  schools,
  criteria,
  ratings,
  lastResult,
  cancelTo,
}: {
  schools: GridSchool[];
  criteria: GridCriterion[];
  ratings: GridRating[];
  lastResult: SubmissionResult<string[]> | undefined;
  cancelTo: string;
}) {
  const saved = new Map(ratings.map((r) => [`${r.criterionId} ${r.schoolId}`, r]));
  const { form, fields, validation } = useLazyForm({
    id: "ratings",
    lastResult,
    defaultValue: {
      cells: criteria.flatMap((c) =>
        schools.map((s) => {
          const rating = saved.get(`${c.id} ${s.id}`);
          return {
            criterionId: c.id,
            schoolId: s.id,
            rating: rating ? String(rating.rating) : "",
            note: rating?.note ?? "",
          };
        }),
      ),
    },
    load: () => import("~/audits/schema"),
    schema: (m) => m.ratingsSchema({ criterionIds: criteria.map((c) => c.id), schoolIds: schools.map((s) => s.id) }),
  });
  const cells = fields.cells.getFieldList();

  return (
    <ValidatedForm form={form} validation={validation} labels={gridLabels(schools)}>
      <div className="table-wrap audit-grid-wrap">
        <table className="table audit-grid">
          <caption className="visually-hidden">Rate each criterion in each school</caption>
          <GridHead schools={schools} />
          <tbody>
            {criteria.map((criterion, ci) => (
              <tr key={criterion.id}>
                <th scope="row" className="audit-grid__criterion">
                  <span className="audit-grid__number">{ci + 1}.</span> {criterion.text}
                </th>
                {schools.map((school, si) => {
                  const index = ci * schools.length + si;
                  return (
                    <RatingCell
                      key={school.id}
                      cell={cells[index]?.getFieldset()}
                      index={index}
                      number={ci + 1}
                      criterion={criterion}
                      school={school}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubmitRow label="Save ratings" cancelTo={cancelTo} />
    </ValidatedForm>
  );
}
