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
