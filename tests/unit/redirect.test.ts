import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/redirect.server";

// Whatever someone posts as a redirect target, what comes back must land on our own site when a browser
// resolves it, and be already normalised (a browser, or `new URL` in our code, must not turn it into
// something else later, the way "/.//x" became "//x").

const ORIGIN = "https://strands.example";

function resolvesHere(result: string) {
  const url = new URL(result, ORIGIN);
  expect(url.origin, result).toBe(ORIGIN);
  // Already normalised: resolving it again gives back the very same path.
  expect(`${url.pathname}${url.search}${url.hash}`, result).toBe(result);
  expect(result.startsWith("/"), result).toBe(true);
  expect(/^\/[/\\]/.test(result), result).toBe(false);
  expect(/\p{Cc}/u.test(result), result).toBe(false);
}

const HOSTILE = [
  "/.//x",
  "/.//evil.example/path?q=1#h",
  "//x",
  "//evil.example",
  "///x",
  "////x",
  "/\\x",
  "/\\\\x",
  "\\\\x",
  "\\/x",
  "/\\/x",
  "/./\\x",
  "/././/x",
  "/./../..//x",
  "/../..//x",
  "/a/../..//x",
  "/%2e//x",
  "/%2e%2e/%2e%2e//x",
  "/.%2e//x",
  "/%2F%2Fx",
  "%2F%2Fx",
  "/%5C%5Cx",
  "%5C%5Cx",
  "\t//x",
  "/\t/x",
  "/\n/x",
  "/\r/x",
  "/\r\n/x",
  "/\x00/x",
  "/\x0b/x",
  "/\x7f/x",
  "/\u0085/x",
  "/ok\r\nSet-Cookie: x=1",
  " //x",
  "\u00a0//x",
  "/ /x",
  "/\u3000/x",
  "https://evil.example",
  "http://evil.example/",
  "https:evil.example",
  "https:/evil.example",
  "https://strands.example@evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "/javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "x",
  "evil.example",
  "?//x",
  "#//x",
  "",
  "／／x",
  "/／x",
  "/é/ünïcödé",
  "/@evil.example",
  "/:evil.example",
  "/x?next=//evil.example#//evil.example",
];

describe("safeRedirect", () => {
  it.each(HOSTILE.map((payload) => [JSON.stringify(payload), payload]))(
    "%s resolves to our own origin",
    (_, payload) => {
      resolvesHere(safeRedirect(payload));
      resolvesHere(safeRedirect(payload, "/home"));
    },
  );

  it.each([
    ["/.//x", "/"],
    ["//x", "/"],
    ["///x", "/"],
    ["/\\x", "/"],
    ["/\\\\x", "/"],
    ["/./../..//x", "/"],
    ["/%2e%2e//x", "/"],
    ["\t//x", "/"],
    ["/\t/x", "/"],
    ["/\n/x", "/"],
    ["/\x00/x", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["%2F%2Fx", "/"],
    // Percent-encoded slashes stay encoded: a browser asks our server for the path '/%2F%2Fx'.
    ["/%2F%2Fx", "/%2F%2Fx"],
    ["/%5C%5Cx", "/%5C%5Cx"],
    // Normalised, the way a browser would send it.
    ["/ /x", "/%20/x"],
    ["/a/./b/../c", "/a/c"],
    ["/records/../cohorts", "/cohorts"],
    ["/../../cohorts", "/cohorts"],
    ["/é", "/%C3%A9"],
  ])("%j → %j", (payload, expected) => {
    expect(safeRedirect(payload)).toBe(expected);
  });

  it("lets ordinary same-site paths through unchanged", () => {
    for (const path of [
      "/",
      "/records",
      "/records?x=1#f",
      "/cohorts?x=1",
      "/initiatives/abc-123#action-plan",
      "/reflections/1?feedback=started&a=b%20c#thread-9",
      "/tasks?q=a+b",
    ]) {
      expect(safeRedirect(path)).toBe(path);
    }
  });

  it("falls back for anything that is not a string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(new File(["x"], "x.txt"))).toBe("/");
    expect(safeRedirect(null, "")).toBe("");
    expect(safeRedirect("//evil.example", "")).toBe("");
  });

  it("is idempotent: checking a checked target changes nothing", () => {
    for (const payload of HOSTILE) {
      const once = safeRedirect(payload);
      expect(safeRedirect(once)).toBe(once);
    }
  });
});
