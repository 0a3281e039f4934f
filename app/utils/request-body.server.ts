import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_FORM_ENTRIES } from "./form-data.server";
import { mediaType } from "./security.server";

/**
 * After refusing a body we keep reading (and dropping) what the client is still sending for a moment, so that it
 * reads our 413 instead of a reset connection; past this much, or this long, the connection is cut.
 */
const DISCARD_AT_MOST_BYTES = 64 * 1024 * 1024;
const DISCARD_AT_MOST_MS = 5_000;

function multipartBoundary(contentType: string | undefined): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? "");
  return match ? (match[1] ?? match[2]) : null;
}

/**
 * How many fields a form body holds, counted on the raw bytes without parsing it, and only up to `stopAfter`: the
 * work is bounded by the limit, not by how many fields an attacker sends. urlencoded fields are separated by '&';
 * every multipart part starts with its boundary line.
 */
export function countFormEntries(
  body: Buffer,
  contentType: string | undefined,
  stopAfter = MAX_FORM_ENTRIES + 1,
): number {
  const type = mediaType(contentType);
  let separator: Buffer;
  let count = 0;
  if (type === "application/x-www-form-urlencoded") {
    if (body.length === 0) return 0;
    separator = Buffer.from("&");
    count = 1;
  } else if (type === "multipart/form-data") {
    const boundary = multipartBoundary(contentType);
    if (!boundary) return 0;
    separator = Buffer.from(`--${boundary}\r\n`);
  } else {
    return 0;
  }
  for (
    let at = body.indexOf(separator);
    at !== -1 && count < stopAfter;
    at = body.indexOf(separator, at + separator.length)
  ) {
    count++;
  }
  return count;
}

export type BodyRefusal = { status: 400 | 413; message: string };

export const TOO_LARGE: BodyRefusal = { status: 413, message: "That submission is too large." };
export const TOO_MANY_FIELDS: BodyRefusal = {
  status: 413,
  message: "That form has more fields than any form here allows.",
};

/**
 * Reads a request body into memory, counting bytes as they arrive whatever the Content-Length says (or whether
 * there is one): past `limit` it stops keeping them and answers 413 itself. Resolves with the body, or null once it
 * has answered or the client has gone.
 */
export function readBodyWithin(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (refused) {
        if (received > limit + DISCARD_AT_MOST_BYTES) req.socket.destroy();
        return;
      }
      if (received <= limit) {
        chunks.push(chunk);
        return;
      }
      refused = true;
      chunks = [];
      refuse(res, TOO_LARGE);
      const cutOff = setTimeout(() => req.socket.destroy(), DISCARD_AT_MOST_MS);
      cutOff.unref();
      req.once("end", () => clearTimeout(cutOff));
      resolve(null);
    };
    req.on("data", onData);
    req.once("end", () => {
      if (!refused) resolve(Buffer.concat(chunks, received));
    });
    // A client that hangs up half way: nothing to answer, and nothing kept.
    req.once("close", () => {
      if (!req.complete && !refused) {
        chunks = [];
        resolve(null);
      }
    });
    req.once("error", (error) => {
      if (!refused) reject(error);
    });
  });
}

export function refuse(res: ServerResponse, refusal: BodyRefusal): void {
  res.statusCode = refusal.status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end(refusal.message);
}
