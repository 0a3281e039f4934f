import { PassThrough } from "node:stream";
import { randomUUID } from "node:crypto";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { prepareDatabase as prepare, type LoadDemoSeed } from "../db/prepare";
import { getDb } from "./db.server";
import { getEnv } from "./utils/env.server";
import { logEvent } from "./utils/log.server";
import { NonceProvider } from "./utils/nonce";

// Used by server.js before it listens.
export { isSameOriginRequest, rejectUnacceptableWrite } from "./utils/security.server";
export { createRemixHandler, requestHost } from "./utils/remix-express.server";
export { getEnv, logEvent };

/**
 * Migrates and seeds, and says in a line of the log whether this database has the demo's shared-password accounts.
 * server.js hands over the loader of the demo seed, which is built beside this bundle, not into it.
 */
export async function prepareDatabase(loadDemoSeed: LoadDemoSeed): Promise<void> {
  const demo = await prepare(getDb(), { demo: getEnv().STRANDS_DEMO === "on" ? loadDemoSeed : undefined });
  console.log(DEMO_NOTICE[demo]);
}

const DEMO_NOTICE = {
  off: "Demo data: off. No demo accounts are created (STRANDS_DEMO=on, or npm start, adds them to an empty database).",
  seeded:
    "Demo data: ON. Demo cohorts and accounts were added; every demo account's password is published in the README. " +
    "Never put real teachers' data in this database.",
  "kept-existing": "Demo data: on, but this database already has accounts, so no demo accounts were added.",
} as const;

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const callbackName = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [callbackName]: () => {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("Cache-Control", "no-store");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logError(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

export function handleDataRequest(response: Response) {
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function logError(error: unknown) {
  const id = randomUUID();
  logEvent("server.error", { id, message: error instanceof Error ? error.message : String(error) });
  if (error instanceof Error && error.stack) process.stderr.write(`${id} ${error.stack}\n`);
}

const METHOD_NOT_ALLOWED_MESSAGE =
  "This page does not take form submissions. Go back to the page you came from and try again.";

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  // A form sent to a page with no action: Remix's own message names the internal route. Remix hands the error here
  // before it renders or serialises it, so the words the page (and a .data answer) carry are ours.
  if (isRouteErrorResponse(error) && error.status === 405) {
    (error as { data: unknown }).data = METHOD_NOT_ALLOWED_MESSAGE;
    return;
  }
  logError(error);
};
