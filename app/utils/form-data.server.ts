import { data } from "@remix-run/node";

/** No form of Strands has lists anywhere near this long; conform builds arrays up to the highest index it sees. */
export const MAX_FORM_LIST_INDEX = 1000;

/**
 * A field name like `criteria[999999999].text` would make conform build (and send back) an array of a billion
 * slots: a minute of server time from one small request. Such a form is refused before it is parsed.
 */
export function formProblem(formData: FormData): string | null {
  for (const key of formData.keys()) {
    for (const match of key.matchAll(/\[(\d+)\]/g)) {
      if (match[1].length > 4 || Number(match[1]) > MAX_FORM_LIST_INDEX) return "That form has more rows than any form here allows.";
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
