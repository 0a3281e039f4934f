import { Fragment } from "react";

// Before → after for the adaptation log. Removed and added words are marked with <del>/<ins>, struck through
// or underlined, and announced as "removed"/"added" by screen readers: never colour alone.

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

const MAX_CELLS = 250_000;

/** A word-level diff (longest common subsequence); very long texts fall back to "all removed, all added". */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter((t) => t !== "");
  const b = after.split(/(\s+)/).filter((t) => t !== "");
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...(before ? [{ kind: "removed" as const, text: before }] : []),
      ...(after ? [{ kind: "added" as const, text: after }] : []),
    ];
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      push("removed", a[i++]);
    } else {
      push("added", b[j++]);
    }
  }
  while (i < a.length) push("removed", a[i++]);
  while (j < b.length) push("added", b[j++]);
  return parts;
}

export function TextDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="diff__text">
      {diffWords(before, after).map((part, index) =>
        part.kind === "same" ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : part.kind === "removed" ? (
          <del key={index} className="diff__removed">
            <span className="visually-hidden">[removed: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={index} className="diff__added">
            <span className="visually-hidden">[added: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

type Outcome = { description: string; measure: string; measuredWhen: string };
type Value = string | string[] | Outcome[] | null;

function asLines(value: Value): string[] {
  if (value === null) return [];
  if (typeof value === "string") return [value];
  return value.map((item) =>
    typeof item === "string" ? item : `${item.description} — measured by ${item.measure}, ${item.measuredWhen}`,
  );
}

/** Lists (schools, outcomes, the order of the plan): what was taken out and what was put in. */
export function ListDiff({ before, after, ordered = false }: { before: Value; after: Value; ordered?: boolean }) {
  const was = asLines(before);
  const now = asLines(after);
  if (ordered) {
    return (
      <div className="diff__columns">
        <div>
          <h5 className="diff__label">Before</h5>
          <ol className="diff__list">
            {was.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </div>
        <div>
          <h5 className="diff__label">After</h5>
          <ol className="diff__list">
            {now.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </div>
      </div>
    );
  }
  const removed = was.filter((line) => !now.includes(line));
  const added = now.filter((line) => !was.includes(line));
  const kept = now.filter((line) => was.includes(line));
  return (
    <ul className="diff__list">
      {removed.map((line) => (
        <li key={`r-${line}`}>
          <del className="diff__removed">
            <span className="diff__marker">Removed: </span>
            {line}
          </del>
        </li>
      ))}
      {added.map((line) => (
        <li key={`a-${line}`}>
          <ins className="diff__added">
            <span className="diff__marker">Added: </span>
            {line}
          </ins>
        </li>
      ))}
      {kept.length > 0 ? <li className="diff__kept">Unchanged: {kept.join("; ")}</li> : null}
    </ul>
  );
}

export function FieldDiff({ field, before, after }: { field: string; before: Value; after: Value }) {
  if (field === "position") return <ListDiff before={before} after={after} ordered />;
  if (Array.isArray(before) || Array.isArray(after)) return <ListDiff before={before} after={after} />;
  if (before === null) {
    return (
      <p className="diff__text">
        <ins className="diff__added">
          <span className="diff__marker">Added: </span>
          {after}
        </ins>
      </p>
    );
  }
  if (after === null) {
    return (
      <p className="diff__text">
        <del className="diff__removed">
          <span className="diff__marker">Removed: </span>
          {before}
        </del>
      </p>
    );
  }
  return <TextDiff before={String(before)} after={String(after)} />;
}
