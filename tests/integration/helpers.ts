import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { createSession, serializeSessionId } from "~/utils/session.server";

// Call loaders and actions the way Remix does: a real Request, params, and the Express load context.

export const BASE = "http://localhost";

export interface Settled {
  status: number;
  data: any;
  headers: Headers;
}

/** Runs a loader or action and turns whatever it returns or throws (Response, data(), value) into one shape. */
export async function settle(run: () => Promise<unknown>): Promise<Settled> {
  let outcome: unknown;
  try {
    outcome = await run();
  } catch (thrown) {
    outcome = thrown;
    if (thrown instanceof Error) throw thrown;
  }
  if (outcome instanceof Response) {
    const text = await outcome.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      /* plain text */
    }
    return { status: outcome.status, data, headers: outcome.headers };
  }
  if (outcome && typeof outcome === "object" && (outcome as { type?: string }).type === "DataWithResponseInit") {
    const { data, init } = outcome as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, data, headers: new Headers(init?.headers) };
  }
  return { status: 200, data: outcome, headers: new Headers() };
}

export async function userId(email: string): Promise<string> {
  const row = await getDb().selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return row.id;
}

/** A signed session cookie for a demo account, as a sign-in would give. */
export async function cookieFor(email: string): Promise<string> {
  const sessionId = await createSession(getDb(), await userId(email));
  const setCookie = await serializeSessionId(sessionId);
  return setCookie.split(";")[0];
}

export function form(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return body;
}

export function get(path: string, cookie?: string): Request {
  return new Request(BASE + path, { headers: cookie ? { Cookie: cookie } : {} });
}

export function post(path: string, body: URLSearchParams, cookie?: string): Request {
  return new Request(BASE + path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

const context = { cspNonce: "test-nonce", clientAddress: "203.0.113.7" };

export function callLoader(
  loader: (args: LoaderFunctionArgs) => Promise<unknown>,
  request: Request,
  params: Record<string, string> = {},
) {
  return settle(() => loader({ request, params, context }));
}

export function callAction(
  action: (args: ActionFunctionArgs) => Promise<unknown>,
  request: Request,
  params: Record<string, string> = {},
  clientAddress = context.clientAddress,
) {
  return settle(() => action({ request, params, context: { ...context, clientAddress } }));
}

export const DEMO = {
  participant: "participant@example.org",
  sameCohortParticipant: "participant2@example.org",
  otherCohortParticipant: "participant3@example.org",
  lead: "lead@example.org",
  otherLead: "lead2@example.org",
  admin: "admin@example.org",
};

/** A signed-in session for each of the demo's roles, by the name the tests give them. */
export async function demoCookies() {
  const [participant, neighbour, outsider, lead, otherLead, admin] = await Promise.all(
    [
      DEMO.participant,
      DEMO.sameCohortParticipant,
      DEMO.otherCohortParticipant,
      DEMO.lead,
      DEMO.otherLead,
      DEMO.admin,
    ].map(cookieFor),
  );
  return { participant, neighbour, outsider, lead, otherLead, admin };
}

/**
 * Redirect targets that look same-site but are not, or are only once normalised ("/.//x" becomes "//x"): every
 * route that redirects to a target it was sent must answer each with a same-site, already normalised Location.
 */
export const REDIRECT_PAYLOADS = [
  "/.//evil.example",
  "/.//evil.example/reflections?x=1",
  "/./../..//evil.example",
  "/%2e%2e//evil.example",
  "/.%2e//evil.example",
  "/a/../..//evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "/\\\\evil.example",
  "/./\\evil.example",
  "/%2F%2Fevil.example",
  "%2F%2Fevil.example",
  "/%5C%5Cevil.example",
  "\t//evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\x00/evil.example",
  " //evil.example",
  "/ /evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  "/réflexions",
  "/\r\nSet-Cookie: x=1",
  "/\x0b/evil.example",
];
