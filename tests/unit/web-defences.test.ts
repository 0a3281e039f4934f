import { describe, expect, it } from "vitest";
import { isRealDate } from "~/schemas/common";
import { safeRedirect } from "~/utils/redirect.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { isSameOriginRequest, rejectUnacceptableWrite } from "~/utils/security.server";

describe("cross-site request check", () => {
  const host = "strands.example.org";
  it("allows same-origin browser posts and non-browser clients", () => {
    expect(
      isSameOriginRequest({ origin: "https://strands.example.org", "sec-fetch-site": "same-origin" }, "https", host),
    ).toBe(true);
    expect(isSameOriginRequest({}, "https", host)).toBe(true);
    expect(isSameOriginRequest(new Headers({ "Sec-Fetch-Site": "none" }), "https", host)).toBe(true);
  });
  it("refuses cross-site, same-site and forged origins", () => {
    expect(isSameOriginRequest({ origin: "https://evil.example" }, "https", host)).toBe(false);
    expect(isSameOriginRequest({ "sec-fetch-site": "cross-site" }, "https", host)).toBe(false);
    expect(
      isSameOriginRequest({ "sec-fetch-site": "same-site", origin: "https://strands.example.org" }, "https", host),
    ).toBe(false);
    expect(isSameOriginRequest({ origin: "null" }, "https", host)).toBe(false);
    expect(isSameOriginRequest({ origin: "http://strands.example.org" }, "https", host)).toBe(false);
    expect(isSameOriginRequest({ origin: "https://strands.example.org.evil.example" }, "https", host)).toBe(false);
    expect(isSameOriginRequest({ origin: "not a url" }, "https", host)).toBe(false);
  });
});

describe("redirects after sign-in", () => {
  it.each([
    ["/initiatives", "/initiatives"],
    ["/cohorts?x=1", "/cohorts?x=1"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/ok\r\nSet-Cookie: x=1", "/"],
    [null, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe("passwords", () => {
  it("are stored as Argon2id at the OWASP minimum with a unique salt, and long passwords are not truncated", async () => {
    const long = "a".repeat(99);
    const stored = await hashPassword(long + "X");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword(long + "X")).not.toBe(stored);
    expect(await verifyPassword(stored, long + "X")).toBe(true);
    expect(await verifyPassword(stored, long + "Y")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("calendar dates", () => {
  it.each([
    ["2025-03-14", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-13-01", false],
    ["14/03/2025", false],
    ["", false],
    ["1899-01-01", false],
  ])("%s is a real date: %s", (value, ok) => {
    expect(isRealDate(value)).toBe(ok);
  });
});

describe("what a write may carry", () => {
  it("accepts form posts and refuses other bodies with 415 and oversized ones with 413", () => {
    expect(rejectUnacceptableWrite("POST", { "content-type": "application/x-www-form-urlencoded" })).toBeNull();
    expect(rejectUnacceptableWrite("POST", { "content-type": "multipart/form-data; boundary=x" })).toBeNull();
    expect(rejectUnacceptableWrite("GET", { "content-type": "application/json" })).toBeNull();
    expect(rejectUnacceptableWrite("POST", { "content-type": "application/json" })?.status).toBe(415);
    expect(rejectUnacceptableWrite("POST", { "content-type": "text/plain" })?.status).toBe(415);
    expect(
      rejectUnacceptableWrite("POST", {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(3 * 1024 * 1024),
      })?.status,
    ).toBe(413);
  });
});

describe("uploads", () => {
  it("allow a multipart post room for one 10 MB file, and no more", () => {
    const multipart = (bytes: number) => ({
      "content-type": "multipart/form-data; boundary=x",
      "content-length": String(bytes),
    });
    expect(rejectUnacceptableWrite("POST", multipart(10 * 1024 * 1024 + 4096))).toBeNull();
    expect(rejectUnacceptableWrite("POST", multipart(12 * 1024 * 1024))?.status).toBe(413);
  });
});
