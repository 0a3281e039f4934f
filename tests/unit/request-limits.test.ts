import { describe, expect, it } from "vitest";
import { formProblem, MAX_FORM_ENTRIES, MAX_FORM_LIST_INDEX, MAX_REPEATS_OF_ONE_NAME } from "~/utils/form-data.server";
import { countFormEntries } from "~/utils/request-body.server";
import { rejectUnacceptableWrite } from "~/utils/security.server";

const URLENCODED = "application/x-www-form-urlencoded";

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe("counting a body's fields without parsing it", () => {
  it("counts urlencoded fields by their separators", () => {
    expect(countFormEntries(Buffer.from(""), URLENCODED)).toBe(0);
    expect(countFormEntries(Buffer.from("a=1"), URLENCODED)).toBe(1);
    expect(countFormEntries(Buffer.from("a=1&b=2&c=%26"), URLENCODED)).toBe(3);
  });

  it("counts multipart parts by their boundary lines, quoted boundary or not", () => {
    const body = Buffer.from(
      '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz\r\nContent-Disposition: form-data; name="b"\r\n\r\n2\r\n--xyz--\r\n',
    );
    expect(countFormEntries(body, "multipart/form-data; boundary=xyz")).toBe(2);
    expect(countFormEntries(body, 'multipart/form-data; boundary="xyz"')).toBe(2);
    expect(countFormEntries(body, "multipart/form-data")).toBe(0);
  });

  it("stops counting at the limit, so 150,000 fields cost no more than the limit's worth", () => {
    const body = Buffer.from(Array.from({ length: 150_000 }, () => "x=1").join("&"));
    expect(countFormEntries(body, URLENCODED)).toBe(MAX_FORM_ENTRIES + 1);
    expect(countFormEntries(body, URLENCODED, 10)).toBe(10);
  });
});

describe("a parsed form is refused before conform reads it", () => {
  it(`when one name repeats more than ${MAX_REPEATS_OF_ONE_NAME} times`, () => {
    const repeats = (n: number) => formOf(Array.from({ length: n }, () => ["outcomeIds", "x"]));
    expect(formProblem(repeats(MAX_REPEATS_OF_ONE_NAME))).toBeNull();
    expect(formProblem(repeats(MAX_REPEATS_OF_ONE_NAME + 1))).toBe(
      "That form repeats a field more often than any form here allows.",
    );
  });

  it(`when it has more than ${MAX_FORM_ENTRIES} fields`, () => {
    const fields = (n: number) => formOf(Array.from({ length: n }, (_, i) => [`f${i}`, "1"]));
    expect(formProblem(fields(MAX_FORM_ENTRIES))).toBeNull();
    expect(formProblem(fields(MAX_FORM_ENTRIES + 1))).toBe("That form has more fields than any form here allows.");
  });

  it(`when a list index is over ${MAX_FORM_LIST_INDEX}`, () => {
    expect(formProblem(formOf([[`cells[${MAX_FORM_LIST_INDEX}].rating`, "1"]]))).toBeNull();
    expect(formProblem(formOf([[`cells[${MAX_FORM_LIST_INDEX + 1}].rating`, "1"]]))).toBe(
      "That form has more rows than any form here allows.",
    );
  });
});

describe("what a write may not carry", () => {
  it("refuses a compressed body, whose size limit could not hold", () => {
    expect(rejectUnacceptableWrite("POST", { "content-type": URLENCODED, "content-encoding": "gzip" })?.status).toBe(
      415,
    );
    expect(rejectUnacceptableWrite("POST", { "content-type": URLENCODED, "content-encoding": "identity" })).toBeNull();
  });
});

describe("TRUST_PROXY", () => {
  it("takes nothing, a hop count, or the proxies' addresses and ranges; never 'trust everyone'", async () => {
    const { TrustProxy } = await import("~/utils/env.server");
    expect(TrustProxy.parse(undefined)).toBe(false);
    expect(TrustProxy.parse("")).toBe(false);
    expect(TrustProxy.parse("1")).toBe(1);
    expect(TrustProxy.parse("loopback")).toEqual(["loopback"]);
    expect(TrustProxy.parse("10.0.0.2, 10.0.0.0/8,::1")).toEqual(["10.0.0.2", "10.0.0.0/8", "::1"]);
    for (const bad of ["true", "*", "10.0.0.0/33", "nginx", "1.2.3", "10.0.0.1/8/8"])
      expect(TrustProxy.safeParse(bad).success, bad).toBe(false);
  });
});
