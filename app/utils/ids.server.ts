import { randomBytes, randomUUID } from "node:crypto";

export function newId(): string {
  return randomUUID();
}

/** 256 random bits, for session ids. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
