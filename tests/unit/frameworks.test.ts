import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { frameworks } from "../../db/seed/frameworks";

const documents = path.resolve(import.meta.dirname, "../../db/seed/programme-documents");
const read = (name: string) => fs.readFileSync(path.join(documents, name), "utf8");

function bulletsBetween(text: string, start: string, end: string, bullet: RegExp): string[] {
  const section = text.slice(text.indexOf(start), text.indexOf(end));
  return section
    .split("\n")
    .filter((line) => bullet.test(line))
    .map((line) => line.replace(bullet, "").trim());
}

const byCode = (code: string) => {
  const framework = frameworks.find((f) => f.code === code);
  if (!framework) throw new Error(`no framework ${code}`);
  return framework;
};
const allStatements = (code: string) =>
  byCode(code).strands.flatMap((s) => s.statements.flatMap((st) => [st.text, ...(st.children ?? [])]));

describe("outcome frameworks, word for word from the programme documents", () => {
  it("MAT Maths Leaders Community (NCP23-16): the four strands with every outcome statement of file 001, in order", () => {
    const doc = read("ncp23-16-mat-maths-leaders.txt");
    const expected = bulletsBetween(doc, "NCP23-16 Project outcomes", "How have previous participants", /^· /);
    expect(expected).toHaveLength(26);
    expect(allStatements("NCP23-16")).toEqual(expected);
    expect(byCode("NCP23-16").strands.map((s) => s.title)).toEqual([
      "Whole school/departmental policies and approaches",
      "Practice development",
      "Professional learning",
      "Community Culture",
    ]);
  });

  it("keeps the sub-points under the statement they complete", () => {
    const practice = byCode("NCP23-16").strands.find((s) => s.key === "practice");
    const collaborative = practice?.statements.find((s) => s.text === "develop collaborative ways of working:");
    expect(collaborative?.children).toEqual([
      "with peers to reflect on and develop their own working practice",
      "within and across their schools to support ongoing developments",
    ]);
  });

  it("Subject Leaders Community: student outcomes and the three other strands of file 003", () => {
    const doc = read("subject-leaders-community.txt");
    const expected = bulletsBetween(
      doc,
      "What are the intended outcomes?",
      "Who are the intended participants",
      /^\s*• /,
    );
    expect(expected).toHaveLength(15);
    expect(allStatements("NCP25-15")).toEqual(expected);
    expect(byCode("NCP25-15").strands[0].title).toBe("Student outcomes");
  });

  it("PD Lead Programme: its learning outcomes are the accreditation criteria (file 004)", () => {
    const doc = read("hub-offer-2024-25.txt");
    const section = doc.slice(doc.indexOf("Closed - Professional Development Lead Programmes"));
    const expected = bulletsBetween(section, "What will you learn?", "Participants will also have", /^- /);
    expect(expected).toHaveLength(4);
    expect(byCode("PDLP").criteria).toEqual(expected);
  });

  it("every strand's lead-in line is quoted from its document", () => {
    const docs = read("ncp23-16-mat-maths-leaders.txt") + read("subject-leaders-community.txt");
    for (const strand of [...byCode("NCP23-16").strands, ...byCode("NCP25-15").strands]) {
      expect(docs).toContain(strand.leadIn);
    }
  });
});
