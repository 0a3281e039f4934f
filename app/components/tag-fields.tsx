import type { AnyField } from "./forms";
import { CheckboxesField, ErrorMessage } from "./forms";

// Tagging any record to its programme's outcome strands and statements: one pair of fields for every form.

export interface TagStrand {
  id: string;
  title: string;
  statements: { id: string; text: string; parentId: string | null }[];
}

/** One ticked box comes back from the server as a string, several as an array. */
export function chosenValues(field: AnyField): Set<string> {
  const initial = field.initialValue as string[] | string | undefined;
  return new Set(Array.isArray(initial) ? initial : typeof initial === "string" ? [initial] : []);
}

export function TagFields<S extends TagStrand>({
  strandIds,
  outcomeIds,
  strands,
  noun,
  strandLabel = (strand) => strand.title,
}: {
  strandIds: AnyField;
  outcomeIds: AnyField;
  strands: S[];
  noun: string;
  strandLabel?: (strand: S) => string;
}) {
  return (
    <>
      <CheckboxesField
        field={strandIds}
        legend={`Which strands does this ${noun} contribute to?`}
        options={strands.map((s) => ({ value: s.id, label: strandLabel(s) }))}
      />
      <OutcomeStatementsField
        field={outcomeIds}
        strands={strands}
        legend="Which outcome statements does it work towards?"
        hint="Optional. Choose the statements you will gather evidence for."
      />
    </>
  );
}

/** A programme's outcome statements, strand by strand, as checkboxes; the first box carries the field's id. */
export function OutcomeStatementsField({
  field,
  strands,
  legend,
  hint,
  statementLabel = (text) => text,
}: {
  field: AnyField;
  strands: TagStrand[];
  legend: string;
  hint: string;
  statementLabel?: (text: string) => string;
}) {
  const chosen = chosenValues(field);
  const hintId = `${field.id}-hint`;
  let first = true;
  return (
    <div className={`form-group${field.errors?.length ? " form-group--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={`${hintId}${field.errors?.length ? ` ${field.errorId}` : ""}`}>
        <legend className="fieldset__legend">{legend}</legend>
        <p className="hint" id={hintId}>
          {hint}
        </p>
        <ErrorMessage field={field} />
        {strands.map((strand) => (
          <fieldset className="fieldset fieldset--strand" key={strand.id}>
            <legend className="label">{strand.title}</legend>
            <div className="checkboxes checkboxes--small">
              {strand.statements.map((statement) => {
                const id = first ? field.id : `${field.id}-${statement.id}`;
                first = false;
                return (
                  <div
                    className={`checkboxes__item${statement.parentId ? " checkboxes__item--indent" : ""}`}
                    key={statement.id}
                  >
                    <input
                      className="checkboxes__input"
                      type="checkbox"
                      id={id}
                      name={field.name}
                      value={statement.id}
                      defaultChecked={chosen.has(statement.id)}
                      key={`${field.key ?? ""}${statement.id}`}
                    />
                    <label className="checkboxes__label" htmlFor={id}>
                      {statementLabel(statement.text)}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}

/** A record's tags, as read on its page. */
export function TagList({
  strands,
  statements,
}: {
  strands: { id: string; title: string }[];
  statements: { id: string; text: string; strandTitle: string }[];
}) {
  if (strands.length === 0 && statements.length === 0) return <p>Not yet tagged to any strand.</p>;
  return (
    <>
      <p>{strands.map((s) => s.title).join(" · ")}</p>
      {statements.length > 0 ? (
        <ul className="statement-list">
          {statements.map((s) => (
            <li key={s.id}>
              {s.text} <span className="muted">({s.strandTitle})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
