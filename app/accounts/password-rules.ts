// The cheap password rules: pure, with no Node or server code, so that the browser can run them too (the change
// password schema, app/accounts/schema.ts, loads after the page). The check against the list of common and
// leaked passwords is server-only: app/accounts/password-policy.server.ts, whose `passwordProblem` runs every rule.
import { PASSWORD_MAX, PASSWORD_MIN } from "~/schemas/values";

const WORDS_HINT = "Three or four unrelated words work well";

/** What each refusal says, beside the new-password field: what to do, in plain words, never the password. */
export const PASSWORD_MESSAGES = {
  tooShort: `Your new password must be at least ${PASSWORD_MIN} characters`,
  tooLong: `Your new password must be ${PASSWORD_MAX} characters or fewer`,
  onlySpaces: "Choose a password with letters, numbers or symbols in it, not only spaces",
  ownName: "Choose a password that does not include your name",
  ownEmail: "Choose a password that does not include your email address",
  serviceName: "Choose a password that does not include the name Strands or Maths Hub",
  repeated: `Choose a password that does not repeat a character or a pattern, like aaaa or abab. ${WORDS_HINT}`,
  sequence: `Choose a password that is not a run of letters, numbers or keys, like abcd, 1234 or qwerty. ${WORDS_HINT}`,
  common: `Choose a password that is harder to guess: this one, or one very like it, is on a list of common and leaked passwords. ${WORDS_HINT}`,
} as const;

/** Whose password it is: their name and email address are refused inside it. */
export interface PasswordOwner {
  name?: string | null;
  email?: string | null;
}

// Words people reach for on this service: its own name, and the programme it serves.
const SERVICE_WORDS = ["strand", "mathshub"];

/** Lower case, accents off (é to e), and nothing but letters and digits: "Zoë O'Neil" becomes "zoeoneil". */
export function compactForm(text: string): string {
  return foldCase(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

function foldCase(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The runs of letters in a text, folded: "Tom-2024 rocks" gives ["tom", "rocks"]. */
function letterWords(text: string): string[] {
  return foldCase(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** A password of nothing but spaces, tabs or new lines. */
export function isOnlyWhitespace(password: string): boolean {
  return /^\s*$/u.test(password);
}

/** Fewer than 4 different characters ("aaaaaaaaaab1"), or one short piece over and over ("ab-ab-ab-ab", "abcabcabcabc"). */
export function isRepetitive(password: string): boolean {
  const squeezed = password.toLowerCase().replace(/\s+/gu, "");
  if (new Set(squeezed).size < 4) return true;
  return [squeezed, compactForm(password)].some(hasShortPeriod);
}

/** The text is a piece of at most half its length repeated, the last copy perhaps cut short. */
function hasShortPeriod(text: string): boolean {
  const chars = Array.from(text);
  for (let period = 1; period <= chars.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < chars.length && repeats; i++) repeats = chars[i] === chars[i - period];
    if (repeats) return true;
  }
  return false;
}

// Runs people type: the alphabet, the digits (round again: 7890123), and keys side by side on a UK or US keyboard,
// along a row, down a column, or row after row ("qwertyuiopas"). Each is also read backwards.
const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "012345678901234567890123456789",
  "`1234567890-=",
  "!@#$%^&*()_+",
  "qwertyuiop[]",
  "asdfghjkl;'#",
  "\\zxcvbnm,./",
  "qwertyuiopasdfghjklzxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
  "qazwsxedcrfvtgbyhnujmikolp",
  "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0",
  "7894561230",
  "7418529630",
].flatMap((run) => [run, Array.from(run).reverse().join("")]);

/**
 * Mostly runs along the alphabet, the digits or the keyboard: "abcdefghijkl", "123456789012", "qwertyuiopas",
 * "abcdefgh2024". Runs of 3 turn up in ordinary words (fiRST STUdy, poWER), so they count only when they make up
 * nearly all of the password; runs of 4 or more count when they make up two thirds of it.
 */
export function isSequence(password: string): boolean {
  const squeezed = password.toLowerCase().replace(/\s+/gu, "");
  return [squeezed, compactForm(password)].some((text) => {
    const chars = Array.from(text);
    if (chars.length < 4) return false;
    return coveredByRuns(chars, 3) >= 0.9 * chars.length || coveredByRuns(chars, 4) >= (2 / 3) * chars.length;
  });
}

/** How many characters of the text lie in a run of at least `minRun` characters of one of the sequences. */
function coveredByRuns(chars: string[], minRun: number): number {
  const covered = new Array<boolean>(chars.length).fill(false);
  for (const sequence of SEQUENCES) {
    for (let i = 0; i + minRun <= chars.length; i++) {
      for (let at = sequence.indexOf(chars[i]); at >= 0; at = sequence.indexOf(chars[i], at + 1)) {
        let length = 1;
        while (i + length < chars.length && sequence[at + length] === chars[i + length]) length++;
        if (length >= minRun) covered.fill(true, i, i + length);
      }
    }
  }
  return covered.filter(Boolean).length;
}

/** The service's own name or its programme's, anywhere, spaces and punctuation aside: "Strands2024!", "maths-hub-demo". */
export function hasServiceName(password: string): boolean {
  const compact = compactForm(password);
  return SERVICE_WORDS.some((word) => compact.includes(word));
}

/**
 * Parts of a name or address of 4 letters or more anywhere in the password (spaces, punctuation and case aside);
 * 3-letter parts ("Tom", "Ali") only as a word of their own, or "bottom" and "quality" would be refused.
 */
function containsPart(password: string, parts: string[]): boolean {
  const compact = compactForm(password);
  const words = letterWords(password);
  return parts.some((part) => (part.length >= 4 ? compact.includes(part) : part.length === 3 && words.includes(part)));
}

/** The person's full name, or any part of it of 3 letters or more ("James", "Whitaker"), is in the password. */
export function hasOwnName(password: string, name: string | null | undefined): boolean {
  if (!name) return false;
  const full = compactForm(name);
  if (full.length >= 3 && compactForm(password).includes(full)) return true;
  return containsPart(password, letterWords(name));
}

/** The email address, the part before the @ (4 characters or more), or a word of it (as names, above) is in the password. */
export function hasOwnEmail(password: string, email: string | null | undefined): boolean {
  if (!email) return false;
  const address = email.trim();
  const at = address.lastIndexOf("@");
  const local = at > 0 ? address.slice(0, at) : address;
  const compact = compactForm(password);
  const whole = compactForm(address);
  if (whole.length >= 3 && compact.includes(whole)) return true;
  const localCompact = compactForm(local);
  if (localCompact.length >= 4 && compact.includes(localCompact)) return true;
  return containsPart(password, letterWords(local));
}

/** The rules that need nothing but the password, as the browser can run them: spaces, our name, repeats, runs. */
export function passwordPatternProblem(password: string): string | null {
  if (isOnlyWhitespace(password)) return PASSWORD_MESSAGES.onlySpaces;
  if (hasServiceName(password)) return PASSWORD_MESSAGES.serviceName;
  if (isRepetitive(password)) return PASSWORD_MESSAGES.repeated;
  if (isSequence(password)) return PASSWORD_MESSAGES.sequence;
  return null;
}

/** Every rule but the list of common passwords: length, spaces, the person's own name and email, our name, repeats, runs. */
export function passwordRuleProblem(password: string, owner: PasswordOwner = {}): string | null {
  if (password.length < PASSWORD_MIN) return PASSWORD_MESSAGES.tooShort;
  if (password.length > PASSWORD_MAX) return PASSWORD_MESSAGES.tooLong;
  if (isOnlyWhitespace(password)) return PASSWORD_MESSAGES.onlySpaces;
  if (hasOwnName(password, owner.name)) return PASSWORD_MESSAGES.ownName;
  if (hasOwnEmail(password, owner.email)) return PASSWORD_MESSAGES.ownEmail;
  return passwordPatternProblem(password);
}
