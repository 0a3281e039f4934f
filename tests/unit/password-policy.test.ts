// The password rules (app/accounts/password-rules.ts, pure: the browser runs them too) and the server's policy,
// which adds the list of common and leaked passwords (app/accounts/password-policy.server.ts).
import { describe, expect, it } from "vitest";
import { ChangePasswordSchema } from "~/accounts/schema";
import {
  commonPasswordCount,
  isCommonPassword,
  PASSWORD_MESSAGES,
  passwordProblem,
} from "~/accounts/password-policy.server";
import { hasOwnEmail, hasOwnName, isRepetitive, isSequence, passwordPatternProblem } from "~/accounts/password-rules";

const james = { name: "James Whitaker", email: "participant2@example.org" };
const GOOD = [
  "granite orchard lantern 42",
  "ratio tables and bar models",
  "Correct horse battery staple",
  "kettle-mosaic-violin-river",
];

describe("the list of common and leaked passwords", () => {
  it("is a real list of hundreds of thousands, kept small in memory", () => {
    // The SecLists top million, entries of 8 characters or more once trimmed and folded to lower case.
    expect(commonPasswordCount()).toBeGreaterThan(400_000);
  });

  it.each([
    "password1234",
    "Password1234",
    "PASSWORD12345",
    "iloveyou1234",
    "basketball12",
    "liverpool123",
    "manchesterunited",
    "administrator",
    "welcome12345",
  ])("has %s on it", (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(passwordProblem(password, james)).toBe(PASSWORD_MESSAGES.common);
  });

  it("also catches a listed password with spaces in it, or digits and symbols at its ends", () => {
    for (const password of ["Sunshine 2024!", "  football  99", "p@ssw0rd1234", "!!princess2024"]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("does not refuse passphrases for a word of them being common", () => {
    for (const password of GOOD) expect(isCommonPassword(password), password).toBe(false);
  });
});

describe("the pure rules", () => {
  it.each([
    "aaaaaaaaaaaa",
    "abababababab",
    "abcabcabcabc",
    "ab-ab-ab-ab-ab",
    "ab ab ab ab ab ab",
    "aaaaaaaaaab1",
    "mathsmathsmaths",
    "!!!!!!!!!!!!",
  ])("refuse %j as a repeat", (password) => {
    expect(isRepetitive(password)).toBe(true);
    expect(passwordProblem(password, james)).toBe(PASSWORD_MESSAGES.repeated);
  });

  it.each([
    "abcdefghijkl",
    "ABCDEFGHIJKL",
    "lkjihgfedcba",
    "123456789012",
    "098765432109",
    "qwertyuiopas",
    "qwerty123456",
    "asdfghjkl;'#",
    "1qaz2wsx3edc",
    "!@#$%^&*()_+",
    "abcdefgh2024",
    "a b c d e f g h i j k l",
  ])("refuse %j as a sequence", (password) => {
    expect(isSequence(password)).toBe(true);
    expect(passwordProblem(password, james)).toBe(PASSWORD_MESSAGES.sequence);
  });

  it("refuse a password of only spaces, tabs or new lines", () => {
    for (const password of [" ".repeat(12), "\t".repeat(12), " \n ".repeat(5)]) {
      expect(passwordProblem(password, james)).toBe(PASSWORD_MESSAGES.onlySpaces);
    }
  });

  it("refuse the account's own email address, or the part before the @, whatever the case or punctuation", () => {
    for (const password of [
      "participant2@example.org",
      "PARTICIPANT2@EXAMPLE.ORG",
      "participant2 rocks!",
      "my participant-2 account",
      "Participant.2.2024",
    ]) {
      expect(hasOwnEmail(password, james.email), password).toBe(true);
      expect(passwordProblem(password, james), password).toBe(PASSWORD_MESSAGES.ownEmail);
    }
    const grace = { name: "Grace Okonkwo", email: "g.okonkwo@example.org" };
    expect(passwordProblem("g.okonkwo@example.org", grace)).toBe(PASSWORD_MESSAGES.ownName);
    expect(passwordProblem("gokonkwo mountain river", { email: grace.email })).toBe(PASSWORD_MESSAGES.ownEmail);
  });

  it("refuse the person's name, whole or any part of 3 letters or more, spaces, case and accents aside", () => {
    for (const password of [
      "james whitaker",
      "JamesWhitaker",
      "J.A.M.E.S. Whitaker",
      "whitaker-2024-rocks",
      "i am james the teacher",
    ]) {
      expect(hasOwnName(password, james.name), password).toBe(true);
      expect(passwordProblem(password, james), password).toBe(PASSWORD_MESSAGES.ownName);
    }
    const zoe = { name: "Zoë Tom-Ali", email: "z.ta@example.org" };
    expect(passwordProblem("zoe tom ali forever", zoe)).toBe(PASSWORD_MESSAGES.ownName);
    expect(passwordProblem("tom loves the seaside", zoe)).toBe(PASSWORD_MESSAGES.ownName);
    // A 3-letter name counts only as a word of its own, or "bottom" and "quality" would be refused.
    expect(passwordProblem("bottom shelf quality prints", zoe)).toBeNull();
  });

  it("refuse the service's own name", () => {
    for (const password of ["strands-is-great", "I love Strands!!", "Strand2024!!x", "maths-hub-demo"]) {
      expect(passwordPatternProblem(password), password).toBe(PASSWORD_MESSAGES.serviceName);
    }
  });

  it("still say a password is too short or too long first", () => {
    expect(passwordProblem("short", james)).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordProblem("x".repeat(129), james)).toBe(PASSWORD_MESSAGES.tooLong);
  });

  it("accept a good passphrase, for its owner too", () => {
    for (const password of GOOD) expect(passwordProblem(password, james), password).toBeNull();
  });

  it("never put the password in the message", () => {
    for (const password of [
      "aaaaaaaaaaaa",
      "abcdefghijkl",
      "participant2@example.org",
      "password1234",
      "james whitaker",
    ]) {
      expect(passwordProblem(password, james)).not.toContain(password);
    }
  });
});

describe("the change-password schema, as the browser runs it", () => {
  const parse = (newPassword: string) =>
    ChangePasswordSchema.safeParse({ currentPassword: "anything", newPassword, confirmPassword: newPassword });
  const messages = (newPassword: string) => {
    const result = parse(newPassword);
    return result.success ? [] : result.error.issues.filter((i) => i.path[0] === "newPassword").map((i) => i.message);
  };

  it("has the pure rules, one message at a time", () => {
    expect(messages("aaaaaaaaaaaa")).toEqual([PASSWORD_MESSAGES.repeated]);
    expect(messages("abcdefghijkl")).toEqual([PASSWORD_MESSAGES.sequence]);
    expect(messages(" ".repeat(12))).toEqual([PASSWORD_MESSAGES.onlySpaces]);
    expect(messages("x".repeat(129))).toEqual([PASSWORD_MESSAGES.tooLong]);
    expect(messages("short")).toEqual([PASSWORD_MESSAGES.tooShort]);
    expect(parse(GOOD[0]).success).toBe(true);
  });
});
