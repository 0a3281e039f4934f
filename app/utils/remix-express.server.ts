// Express to Remix, as @remix-run/express does it, with three differences that matter for security:
// - a request body is read here first, counted as it streams and refused with 413 past its limit or when it holds
//   more fields than any form of ours, before Remix or an action parses a byte of it (readBodyWithin);
// - the host in the request URL comes from X-Forwarded-Host only when the proxy is trusted (TRUST_PROXY), like the
//   address and the scheme; @remix-run/express takes the port from it whoever sent it;
// - a header a route sets replaces the one the middleware set (a download's own Content-Security-Policy), so
//   every header is sent once; only Set-Cookie may repeat.
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import {
  type AppLoadContext,
  createRequestHandler,
  type ServerBuild,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import { countFormEntries, readBodyWithin, refuse, TOO_MANY_FIELDS } from "./request-body.server";
import { MAX_FORM_ENTRIES } from "./form-data.server";
import { bodyLimitFor } from "./security.server";

/** Host and port the browser used: X-Forwarded-Host when the proxy in front is trusted, else the Host header. */
export function requestHost(req: ExpressRequest): string | undefined {
  const forwarded = req.get("X-Forwarded-Host");
  const trust = req.app.get("trust proxy fn") as (address: string | undefined, hop: number) => boolean;
  if (forwarded && trust(req.socket.remoteAddress, 0)) return forwarded.split(",")[0].trim();
  return req.get("Host");
}

function remixHeaders(req: ExpressRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

function remixRequest(req: ExpressRequest, res: ExpressResponse, body: Buffer | null): Request {
  const url = new URL(`${req.protocol}://${requestHost(req) ?? "localhost"}${req.originalUrl}`);
  let controller: AbortController | null = new AbortController();
  // Abort loaders and actions when the response can no longer be written (closed before it finished).
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url.href, {
    method: req.method,
    headers: remixHeaders(req),
    signal: controller.signal,
    // A Buffer is a Uint8Array over an ArrayBuffer (never a shared one here).
    body: body as Uint8Array<ArrayBuffer> | null,
  });
}

async function sendRemixResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) {
    if (name === "set-cookie") res.append(name, value);
    else res.setHeader(name, value);
  }
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

export function createRemixHandler(options: {
  build: ServerBuild;
  mode?: string;
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext;
}) {
  const handleRequest = createRequestHandler(options.build, options.mode);
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      let body: Buffer | null = null;
      if (req.method !== "GET" && req.method !== "HEAD") {
        const contentType = req.get("Content-Type");
        body = await readBodyWithin(req, res, bodyLimitFor(contentType));
        if (body === null) return;
        if (countFormEntries(body, contentType) > MAX_FORM_ENTRIES) return refuse(res, TOO_MANY_FIELDS);
      }
      const response = await handleRequest(remixRequest(req, res, body), options.getLoadContext(req, res));
      await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}
