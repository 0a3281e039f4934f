import { describe, expect, it } from "vitest";
import { BOM, csvDate, csvField, parseCsv, slugify, toCsv } from "~/utils/csv.server";

describe("csvField", () => {
  it("leaves plain text alone and writes nothing for null", () => {
    expect(csvField("Calderbrook Academy")).toBe("Calderbrook Academy");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(3)).toBe("3");
    expect(csvField(true)).toBe("Yes");
  });

  it("quotes fields with a comma, quote or newline and doubles the quotes (RFC 4180)", () => {
    expect(csvField("Year 7, Year 8")).toBe('"Year 7, Year 8"');
    expect(csvField('She said "fluency"')).toBe('"She said ""fluency"""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("line one\r\nline two")).toBe('"line one\r\nline two"');
  });

  it("defuses formulas: a field starting = + - @ tab or CR gets a leading '", () => {
    expect(csvField("=HYPERLINK(\"http://evil\",\"x\")")).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField("+44 161 000")).toBe("'+44 161 000");
    expect(csvField("-1 on last term")).toBe("'-1 on last term");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\rcmd")).toBe(`"'\rcmd"`);
    // Only the first character matters; numbers we write ourselves stay numbers.
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField(-2)).toBe("-2");
  });

  it("keeps unicode as it is", () => {
    expect(csvField("Zoë Ó Briain — “ratios” ✓ 数学")).toBe("Zoë Ó Briain — “ratios” ✓ 数学");
  });
});

describe("toCsv", () => {
  it("starts with the BOM, ends every line with CRLF, and puts the header first", () => {
    const text = toCsv(["Name", "Note"], [["Priya", "fine"], ["James", "a, b"]]);
    expect(text.startsWith(`${BOM}Name,Note\r\n`)).toBe(true);
    expect(text).toBe(`${BOM}Name,Note\r\nPriya,fine\r\nJames,"a, b"\r\n`);
    expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
  });

  it("writes only a header for no rows", () => {
    expect(toCsv(["Date", "Title"], [])).toBe(`${BOM}Date,Title\r\n`);
  });

  it("round-trips through parseCsv, newlines, quotes and unicode included", () => {
    const rows = [
      ["Zoë", 'He said "yes", then\r\nleft', ""],
      ["数学", "=1+1", "plain"],
    ];
    const parsed = parseCsv(toCsv(["A", "B", "C"], rows));
    expect(parsed).toEqual([["A", "B", "C"], ["Zoë", 'He said "yes", then\r\nleft', ""], ["数学", "'=1+1", "plain"]]);
  });
});

describe("csvDate and slugify", () => {
  it("writes dates as YYYY-MM-DD", () => {
    expect(csvDate("2025-02-06")).toBe("2025-02-06");
    expect(csvDate("2025-02-06T09:30:00.000Z")).toBe("2025-02-06");
    expect(csvDate(null)).toBe("");
  });

  it("turns a cohort's name into a safe file name", () => {
    expect(slugify("2024/25 National — North")).toBe("2024-25-national-north");
    expect(slugify("Édition spéciale")).toBe("edition-speciale");
    expect(slugify("———")).toBe("cohort");
  });
});
