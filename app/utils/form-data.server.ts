import { data } from "@remix-run/node";

/** No form of Strands has lists anywhere near this long; conform builds arrays up to the highest index it sees. */
export const MAX_FORM_LIST_INDEX = 1000;
/**
 * The largest form here is an audit's ratings grid: up to 1,001 cells of four fields. Nothing else comes close.
 * server.js counts a body's fields against this before anything parses it.
 */
export const MAX_FORM_ENTRIES = 5000;
/**
 * The most one name repeats in a real form is a list of checkboxes (outcome statements, schools, evidence).
 * conform joins repeats of a name one by one, in time that grows with the square of their number.
 */
export const MAX_REPEATS_OF_ONE_NAME = 500;

/**
 * A field name like `criteria[999999999].text` would make conform build (and send back) an array of a billion
 * slots, and 150,000 repeats of one name would hold the event loop for minutes: seconds of server time from one
 * small request. Such a form is refused before conform sees it; the loop stops at the first field past a limit.
 */
export function formProblem(formData: FormData): string | null {
  const repeats = new Map<string, number>();
  let entries = 0;
  for (const key of formData.keys()) {
    if (++entries > MAX_FORM_ENTRIES) return "That form has more fields than any form here allows.";
    const seen = (repeats.get(key) ?? 0) + 1;
    if (seen > MAX_REPEATS_OF_ONE_NAME) return "That form repeats a field more often than any form here allows.";
    repeats.set(key, seen);
    for (const match of key.matchAll(/\[(\d+)\]/g)) {
      if (match[1].length > 4 || Number(match[1]) > MAX_FORM_LIST_INDEX)
        return "That form has more rows than any form here allows.";
    }
  }
  return null;
}

function refuse(message: string): never {
  throw data({ status: "error", error: { "": [message] } }, { status: 400 });
}

/**
 * The posted form, or a 400 when the body cannot be read as one (a broken multipart body, a boundary that is not
 * the one in the header: `request.formData()` throws a TypeError for those, which would otherwise be a 500), or
 * when its field names ask for absurdly long lists.
 */
export async function readFormData(request: Request): Promise<FormData> {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    refuse("We could not read that form. Go back and try again.");
  }
  const problem = formProblem(formData);
  if (problem) refuse(problem);
  return formData;
}
