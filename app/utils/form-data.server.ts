import {
  data,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { MAX_MULTIPART_BODY_BYTES } from "./security.server";

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

// ---- A form with one file ----

const TEXT_PART_MAX = 64 * 1024;
const MAX_PARTS = 500;

export type UploadForm =
  { ok: true; formData: FormData; fileTooLarge: boolean } | { ok: false; reason: "too-large" | "unreadable" };

class BodyTooLargeError extends Error {}

async function drain(data: AsyncIterable<Uint8Array>, count: (n: number) => void) {
  for await (const chunk of data) count(chunk.byteLength);
}

/**
 * Reads a multipart form with one file into memory: the file part (in `fileField`, at most `maxFileBytes`) and
 * small text fields. A file over its limit is read past and reported, so the rest of the form still arrives; a
 * body far beyond any real form is refused outright, and one that cannot be read as a form is "unreadable".
 */
export async function readUploadForm(
  request: Request,
  options: { fileField: string; maxFileBytes: number },
): Promise<UploadForm> {
  const fileHandler = unstable_createMemoryUploadHandler({ maxPartSize: options.maxFileBytes });
  let total = 0;
  let parts = 0;
  let fileTooLarge = false;
  let fileSeen = false;
  const count = (n: number) => {
    total += n;
    if (total > MAX_MULTIPART_BODY_BYTES) throw new BodyTooLargeError();
  };
  const counted = (data: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> => ({
    async *[Symbol.asyncIterator]() {
      for await (const chunk of data) {
        count(chunk.byteLength);
        yield chunk;
      }
    },
  });

  const handler: UploadHandler = async (part) => {
    parts += 1;
    if (parts > MAX_PARTS) {
      await drain(part.data, count);
      return undefined;
    }
    if (typeof part.filename === "string") {
      // Only one file, in the field meant for it; anything else is read past and dropped.
      if (part.name !== options.fileField || fileSeen) {
        await drain(part.data, count);
        return undefined;
      }
      fileSeen = true;
      try {
        // Browsers send a name's quotes and line breaks as %22, %0D and %0A (HTML's multipart rules).
        const filename = part.filename.replace(/%22/g, '"').replace(/%0[ad]/gi, " ");
        return await fileHandler({ ...part, filename, data: counted(part.data) });
      } catch (error) {
        if (!(error instanceof MaxPartSizeExceededError)) throw error;
        fileTooLarge = true;
        await drain(part.data, count);
        return undefined;
      }
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of part.data) {
      count(chunk.byteLength);
      // Longer than any field allows: keep enough for the form to say "too long", read past the rest.
      if (size <= TEXT_PART_MAX) chunks.push(chunk);
      size += chunk.byteLength;
    }
    return Buffer.concat(chunks).toString("utf8");
  };

  try {
    const formData = await unstable_parseMultipartFormData(request, handler);
    return { ok: true, formData, fileTooLarge };
  } catch (error) {
    return { ok: false, reason: error instanceof BodyTooLargeError ? "too-large" : "unreadable" };
  }
}
