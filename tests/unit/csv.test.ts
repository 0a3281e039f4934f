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
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField("+44 161 000")).toBe("'+44 161 000");
    expect(csvField("-1 on last term")).toBe("'-1 on last term");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\rcmd")).toBe(`"'\rcmd"`);
    // Only the first character matters; numbers we write ourselves stay numbers.
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField(-2)).toBe("-2");
  });

  // Every character a spreadsheet may read as the start of a formula: the ASCII four, tab, CR and LF, their
  // full-width and small-form twins, anything else that NFKC folds to one of = + - @ (superscripts, subscripts,
  // the Hebrew alternative plus, ⩵), and the minus sign U+2212 with the superscript and subscript minus.
  const FORMULA_STARTS: [string, string][] = [
    ["=", "equals sign"],
    ["+", "plus sign"],
    ["-", "hyphen-minus"],
    ["@", "commercial at"],
    ["\t", "tab"],
    ["\r", "carriage return"],
    ["\n", "line feed"],
    ["\uFF1D", "U+FF1D full-width equals sign"],
    ["\uFF0B", "U+FF0B full-width plus sign"],
    ["\uFF0D", "U+FF0D full-width hyphen-minus"],
    ["\uFF20", "U+FF20 full-width commercial at"],
    ["\uFE66", "U+FE66 small equals sign"],
    ["\uFE62", "U+FE62 small plus sign"],
    ["\uFE63", "U+FE63 small hyphen-minus"],
    ["\uFE6B", "U+FE6B small commercial at"],
    ["\u207A", "U+207A superscript plus sign"],
    ["\u207B", "U+207B superscript minus"],
    ["\u207C", "U+207C superscript equals sign"],
    ["\u208A", "U+208A subscript plus sign"],
    ["\u208B", "U+208B subscript minus"],
    ["\u208C", "U+208C subscript equals sign"],
    ["\u2212", "U+2212 minus sign"],
    ["\uFB29", "U+FB29 Hebrew letter alternative plus sign"],
    ["\u2A75", "U+2A75 two consecutive equals signs"],
    ["\u2A76", "U+2A76 three consecutive equals signs"],
  ];
  const LEADING_SPACE: [string, string][] = [
    [" ", "space"],
    ["   ", "three spaces"],
    ["\u00A0", "no-break space"],
    ["\u202F", "narrow no-break space"],
    ["\u2007", "figure space"],
    ["\u3000", "ideographic space"],
    ["\uFEFF", "zero-width no-break space"],
    ["\u200B", "zero-width space"],
    [" \u00A0 ", "space, no-break space, space"],
  ];

  it.each(FORMULA_STARTS)("defuses a field starting with %j (%s)", (start) => {
    const value = `${start}HYPERLINK("http://evil","x")`;
    const field = csvField(value);
    expect(parseCsv(field)[0][0]).toBe(`'${value}`);
    expect(csvField(`${start}1`)).toMatch(/^"?'/);
  });

  it.each(FORMULA_STARTS.filter(([start]) => !/[\t\r\n]/.test(start)))(
    "defuses %j (%s) after leading spaces and no-break spaces too",
    (start) => {
      for (const [space, name] of LEADING_SPACE) {
        const value = `${space}${start}1+1`;
        expect(parseCsv(csvField(value))[0][0], name).toBe(`'${value}`);
      }
    },
  );

  it("finds every character whose NFKC form starts a formula, so a new look-alike cannot slip past", () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (!/^[=+\-@\u2212]/.test(char.normalize("NFKC"))) continue;
      if (!parseCsv(csvField(`${char}1`))[0][0].startsWith("'")) missed.push(`U+${code.toString(16).toUpperCase()}`);
    }
    expect(missed).toEqual([]);
  });

  it("folds only the first character, so a combining mark after = cannot hide it", () => {
    expect(csvField("=\u0338SUM(A1)")).toBe("'=\u0338SUM(A1)");
    expect(csvField("\u00A0=\u20D2cmd")).toBe("'\u00A0=\u20D2cmd");
  });

  it("leaves look-alikes that start no formula alone, and numbers we write ourselves stay numbers", () => {
    for (const text of [
      "a=b",
      "1+1",
      "x@example.org",
      " plain",
      "\u00A0plain",
      "–3 (en dash)",
      "— a dash",
      "'already quoted",
      "≠ not equal",
    ]) {
      expect(parseCsv(csvField(text))[0][0], text).toBe(text);
    }
    expect(csvField(-2)).toBe("-2");
    expect(csvField(-0.5)).toBe("-0.5");
    expect(csvField(Number.NEGATIVE_INFINITY)).toBe("");
  });

  it("keeps unicode as it is", () => {
    expect(csvField("Zoë Ó Briain — “ratios” ✓ 数学")).toBe("Zoë Ó Briain — “ratios” ✓ 数学");
  });
});

describe("toCsv", () => {
  it("starts with the BOM, ends every line with CRLF, and puts the header first", () => {
    const text = toCsv(
      ["Name", "Note"],
      [
        ["Priya", "fine"],
        ["James", "a, b"],
      ],
    );
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
    expect(parsed).toEqual([
      ["A", "B", "C"],
      ["Zoë", 'He said "yes", then\r\nleft', ""],
      ["数学", "'=1+1", "plain"],
    ]);
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
