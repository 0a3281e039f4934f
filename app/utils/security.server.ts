import type { IncomingHttpHeaders } from "node:http";

type HeaderBag = IncomingHttpHeaders | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A state-changing request is allowed when the browser says it came from this origin. Browsers send
 * Sec-Fetch-Site on every request, and Origin on every POST; requests without either (curl, tests) carry
 * no ambient browser credentials worth forging, and SameSite=Lax cookies back this up.
 */
export function isSameOriginRequest(headers: HeaderBag, protocol: string, host: string | undefined): boolean {
  const fetchSite = header(headers, "sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = header(headers, "origin");
  if (origin === undefined) return true;
  if (origin === "null" || !host) return false;
  try {
    const url = new URL(origin);
    return url.host === host && url.protocol === `${protocol}:`;
  } catch {
    return false;
  }
}

/** Forms post at most this much; anything larger is refused before it is parsed (app/utils/request-body.server.ts). */
export const MAX_FORM_BODY_BYTES = 2 * 1024 * 1024;
/** An evidence file may be up to 10 MB; its multipart post carries a little more. */
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_MULTIPART_BODY_BYTES = MAX_EVIDENCE_FILE_BYTES + 1024 * 1024;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

/** The most a body of this type may hold. The declared Content-Length is checked here; the bytes as they stream. */
export function bodyLimitFor(contentType: string | undefined): number {
  return mediaType(contentType) === "multipart/form-data" ? MAX_MULTIPART_BODY_BYTES : MAX_FORM_BODY_BYTES;
}

/**
 * Every state-changing request Strands accepts is a form post. Refuse anything else before Remix parses it,
 * so a JSON or text body can never reach an action as a 500. A compressed body is refused too: its limit would
 * apply to the bytes sent, not to what they expand to.
 */
export function rejectUnacceptableWrite(
  method: string,
  headers: HeaderBag,
): { status: 413 | 415; message: string } | null {
  if (["GET", "HEAD", "OPTIONS"].includes(method)) return null;
  const type = mediaType(header(headers, "content-type"));
  if (type && !FORM_TYPES.includes(type)) {
    return { status: 415, message: "Strands accepts form submissions only." };
  }
  const encoding = (header(headers, "content-encoding") ?? "identity").trim().toLowerCase();
  if (encoding !== "identity") return { status: 415, message: "Send the form uncompressed." };
  const length = Number(header(headers, "content-length") ?? 0);
  if (Number.isFinite(length) && length > bodyLimitFor(type)) {
    return { status: 413, message: "That submission is too large." };
  }
  return null;
}
