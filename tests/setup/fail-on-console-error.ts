import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error fails the test that caused it: React warnings, a swallowed exception logged on the
// way out, a deprecation. A test that expects one says so by mocking console.error itself.
let logged: unknown[][] = [];

beforeEach(() => {
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
});

afterEach(() => {
  const errors = logged;
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0) {
    throw new Error(`Unexpected console.error (${errors.length}): ${errors.map((args) => format(...args)).join("\n")}`);
  }
});
