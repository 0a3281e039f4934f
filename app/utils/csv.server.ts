// CSV that a spreadsheet opens without fixing: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line
// endings, RFC 4180 quoting, and protection against formula injection (a cell a participant typed as
// "=HYPERLINK(…)" must stay text, never become a formula). Pure functions: no database, no I/O.

export type CsvValue = string | number | boolean | null | undefined;

export const BOM = "\uFEFF";
export const CRLF = "\r\n";

/**
 * Would a spreadsheet read this text as a formula? The one rule for the guard below. A tab, CR or LF first
 * (they smuggle one in after a cell or line break); otherwise the first character after any leading
 * whitespace, control or invisible format characters (some spreadsheets trim spaces and no-break spaces before
 * deciding), when it is = + - @ or the minus sign U+2212, or folds to one under NFKC: a spreadsheet that folds
 * width or compatibility forms takes the full-width (＝ ＋ － ＠), small-form (﹦ ﹢ ﹣ ﹫), superscript and
 * subscript (⁺ ⁼ ₊ ₌ ⁻ ₋) look-alikes as the real thing, and a false alarm only costs a leading '.
 * Only that one character is folded, never the whole text: NFKC would compose "=" plus a combining overlay
 * into "≠" and hide the "=" a spreadsheet still sees.
 */
function startsLikeFormula(text: string): boolean {
  if (/^[\t\r\n]/.test(text)) return true;
  const first = text.replace(/^[\s\p{Cc}\p{Cf}]+/u, "").codePointAt(0);
  return first !== undefined && /^[=+\-@\u2212]/.test(String.fromCodePoint(first).normalize("NFKC"));
}

/** One field, escaped: formula starts defused with a leading ', then quoted if it holds a comma, quote or newline. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "number") {
    // Numbers we write ourselves (counts, ratings, sizes) are data, not formulas: "-3" stays a number.
    text = Number.isFinite(value) ? String(value) : "";
  } else if (typeof value === "boolean") {
    text = value ? "Yes" : "No";
  } else {
    text = startsLikeFormula(value) ? `'${value}` : value;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row, one row per record, every line ending in CRLF. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(","));
  return BOM + lines.map((line) => line + CRLF).join("");
}

/** 'YYYY-MM-DD' from a calendar date or an ISO instant; empty when there is none. */
export function csvDate(value: string | null | undefined): string {
  if (!value) return "";
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

/**
 * Reads RFC 4180 text back into rows (the BOM dropped). For tests and for anyone checking an export; it does not
 * undo the formula guard, since a spreadsheet would not either.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && input[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "2024/25 National — North" as "2024-25-national-north": safe in a file name on every system. */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "cohort"
  );
}
