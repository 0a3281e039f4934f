import type { FieldMetadata } from "@conform-to/react";
import { CheckboxesField, ErrorMessage } from "./forms";

// Tagging any record to its programme's outcome strands and statements: one pair of fields for every form.

interface TagStrand {
  id: string;
  title: string;
  statements: { id: string; text: string; parentId: string | null }[];
}

type AnyField = FieldMetadata<any, any, any>;

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
  const chosenOutcomes = chosenValues(outcomeIds);
  let first = true;
  return (
    <>
      <CheckboxesField
        field={strandIds}
        legend={`Which strands does this ${noun} contribute to?`}
        options={strands.map((s) => ({ value: s.id, label: strandLabel(s) }))}
      />
      <div className={`form-group${outcomeIds.errors?.length ? " form-group--error" : ""}`}>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Which outcome statements does it work towards?</legend>
          <p className="hint">Optional. Choose the statements you will gather evidence for.</p>
          <ErrorMessage field={outcomeIds} />
          {strands.map((strand) => (
            <fieldset className="fieldset" key={strand.id}>
              <legend className="label">{strand.title}</legend>
              <div className="checkboxes checkboxes--small">
                {strand.statements.map((statement) => {
                  const id = first ? outcomeIds.id : `${outcomeIds.id}-${statement.id}`;
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
                        name={outcomeIds.name}
                        value={statement.id}
                        defaultChecked={chosenOutcomes.has(statement.id)}
                        key={`${outcomeIds.key ?? ""}${statement.id}`}
                      />
                      <label className="checkboxes__label" htmlFor={id}>
                        {statement.text}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </fieldset>
      </div>
    </>
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
