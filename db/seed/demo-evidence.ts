import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { Database } from "../schema";

// Demo evidence for "2024/25 National — North": links, and small PDFs and PNGs drawn here in code (each well
// under 5 KB), on several initiatives, mapped to outcome statements the initiative is tagged with.
// Runs after the base demo seed (db/seed/demo.ts) and finds everything it needs by querying.

const COHORT = "2024/25 National — North";

// ---- Tiny files, made here so the demo needs no binary fixtures ----

/** A one-page A4 PDF with a heading and a few lines of Helvetica text (ASCII only). */
export function tinyPdf(heading: string, lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "-");
  const content = [
    "BT",
    "/F1 18 Tf",
    "72 770 Td",
    `(${escape(heading)}) Tj`,
    "/F1 11 Tf",
    "16 TL",
    "T*",
    ...lines.map((line) => `T* (${escape(line)}) Tj`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [11, 12, 12];
// Okabe–Ito: orange for the first measure, blue for the second.
const ORANGE: Rgb = [230, 159, 0];
const BLUE: Rgb = [0, 114, 178];

/**
 * A small bar chart as an RGB PNG: pairs of bars (before, after) on a 0–4 scale, one pair per school.
 */
export function tinyBarChartPng(pairs: [number, number][]): Buffer {
  const width = 40 + pairs.length * 44;
  const height = 110;
  const base = height - 12;
  const scale = 22; // pixels per rating point
  const pixels: Rgb[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => WHITE));
  const fill = (x0: number, y0: number, x1: number, y1: number, colour: Rgb) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) pixels[y][x] = colour;
    }
  };
  fill(20, 4, 22, base + 1, INK); // axis
  fill(20, base, width - 6, base + 2, INK);
  for (let level = 1; level <= 4; level++) fill(16, base - level * scale, 20, base - level * scale + 1, INK);
  pairs.forEach(([before, after], i) => {
    const x = 30 + i * 44;
    fill(x, base - Math.round(before * scale), x + 16, base, ORANGE);
    fill(x + 18, base - Math.round(after * scale), x + 34, base, BLUE);
  });
  const raw = Buffer.alloc(height * (1 + width * 3));
  pixels.forEach((row, y) => {
    const offset = y * (1 + width * 3);
    raw[offset] = 0; // filter: none
    row.forEach(([r, g, b], x) => {
      raw[offset + 1 + x * 3] = r;
      raw[offset + 2 + x * 3] = g;
      raw[offset + 3 + x * 3] = b;
    });
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(raw, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- The demo evidence ----

type DemoEvidence =
  | { kind: "link"; title: string; description: string; url: string; addedOn: string; statements: number[] }
  | {
      kind: "file";
      title: string;
      description: string;
      fileName: string;
      mime: "application/pdf" | "image/png";
      bytes: () => Buffer;
      addedOn: string;
      statements: number[];
    };

/** `statements`: positions in the initiative's own tagged outcome statements (first = 0). */
const BY_EMAIL: Record<string, DemoEvidence[]> = {
  "participant@example.org": [
    {
      kind: "file",
      title: "Trust vision for maths, draft 3",
      description:
        "The one-page vision the four heads of department agreed at our November meeting, with the five classroom look-fors that follow from it. Draft 3 adds the wording on pupil talk that Harrowfell asked for.",
      fileName: "Pennine Ridge maths vision - draft 3.pdf",
      mime: "application/pdf",
      bytes: () =>
        tinyPdf("Pennine Ridge Learning Trust: our vision for maths (draft 3)", [
          "Every pupil can learn maths to a high standard.",
          "We teach for deep, connected understanding, not coverage.",
          "",
          "Five look-fors in every lesson:",
          "1. A clear small-step structure with a shared worked example.",
          "2. Concrete and pictorial representations used to expose structure.",
          "3. Pupils explain their reasoning in full sentences.",
          "4. Fluency practice that is varied and intelligent.",
          "5. Misconceptions anticipated and addressed in the moment.",
          "",
          "Agreed by the four heads of department, November 2024.",
        ]),
      addedOn: "2024-11-22",
      statements: [0],
    },
    {
      kind: "file",
      title: "Learning walk look-fors: autumn and spring",
      description:
        "Average rating (out of 4) for 'shared lesson structure' in each school's paired learning walks: orange is autumn 2024, blue is spring 2025. All four schools moved up; Calderbrook most of all.",
      fileName: "learning-walks-autumn-spring.png",
      mime: "image/png",
      bytes: () =>
        tinyBarChartPng([
          [1.5, 2.75],
          [2, 3],
          [1.25, 2.5],
          [2.5, 3.25],
        ]),
      addedOn: "2025-03-14",
      statements: [0, 1],
    },
    {
      kind: "link",
      title: "NCETM: the five big ideas in teaching for mastery",
      description:
        "The NCETM page we used with heads of department to anchor the vision in the five big ideas. We revisited it at the January HoD meeting.",
      url: "https://www.ncetm.org.uk/teaching-for-mastery/mastery-explained/five-big-ideas-in-teaching-for-mastery/",
      addedOn: "2024-10-10",
      statements: [1],
    },
  ],
  "participant2@example.org": [
    {
      kind: "file",
      title: "KS3 curriculum map, Year 7 units",
      description:
        "The first version of the shared Year 7 map: fewer, bigger units in one order for all four schools. Each cross-school team trials one unit before it goes trust-wide.",
      fileName: "Wearside KS3 map - Year 7.pdf",
      mime: "application/pdf",
      bytes: () =>
        tinyPdf("Wearside Horizons: KS3 curriculum map, Year 7", [
          "Autumn 1: Place value and the number system",
          "Autumn 2: Additive reasoning",
          "Spring 1: Multiplicative reasoning",
          "Spring 2: Fractions, decimals and percentages",
          "Summer 1: Algebraic notation",
          "Summer 2: Geometric reasoning",
          "",
          "Each unit: small steps, Checkpoints diagnostic, common end-of-unit task.",
        ]),
      addedOn: "2025-01-17",
      statements: [0],
    },
    {
      kind: "link",
      title: "EEF guidance: putting evidence to work in schools",
      description: "The EEF implementation guidance behind our plan's structure: explore, prepare, deliver, sustain.",
      url: "https://educationendowmentfoundation.org.uk/education-evidence/guidance-reports/implementation",
      addedOn: "2024-10-02",
      statements: [1],
    },
  ],
};

/** Evidence for a few more initiatives of the cohort, whoever owns them. */
const OTHERS: DemoEvidence[] = [
  {
    kind: "link",
    title: "NCETM secondary mastery professional development materials",
    description: "The materials our department teams worked through between workshops 1 and 2.",
    url: "https://www.ncetm.org.uk/teaching-for-mastery/mastery-materials/secondary-mastery-professional-development/",
    addedOn: "2024-12-05",
    statements: [0],
  },
  {
    kind: "file",
    title: "Pupil attitude survey: before and after",
    description:
      "Share of pupils (in quarters, out of 4) agreeing 'I can explain my thinking in maths' in each school: orange before, blue after the first term.",
    fileName: "pupil-survey-before-after.png",
    mime: "image/png",
    bytes: () =>
      tinyBarChartPng([
        [1.75, 2.25],
        [2, 2.5],
        [1.5, 2.5],
      ]),
    addedOn: "2025-02-07",
    statements: [0, 1],
  },
  {
    kind: "file",
    title: "Notes from the first heads of department meeting",
    description: "What we agreed, who is doing what, and the questions we took back to our schools.",
    fileName: "HoD meeting notes - October.pdf",
    mime: "application/pdf",
    bytes: () =>
      tinyPdf("Heads of department meeting: notes", [
        "Agreed: one shared approach to the first lesson of each unit.",
        "Actions: each HoD to film one lesson starter for the shared bank.",
        "Questions to take back: timetabled collaboration time next term?",
      ]),
    addedOn: "2024-10-18",
    statements: [0],
  },
];

/** Safe to run more than once, and inside or outside a transaction. */
export async function seedDemoEvidence(db: Kysely<Database>): Promise<void> {
  const cohort = await db.selectFrom("cohorts").select("id").where("name", "=", COHORT).executeTakeFirst();
  if (!cohort) return;
  const initiatives = await db
    .selectFrom("entries")
    .innerJoin("users", "users.id", "entries.owner_id")
    .select(["entries.id", "entries.owner_id as ownerId", "users.email"])
    .where("entries.cohort_id", "=", cohort.id)
    .where("entries.kind", "=", "initiative")
    .orderBy("users.email")
    .orderBy("entries.created_at")
    .orderBy("entries.id")
    .execute();

  // Each listed participant's first initiative gets theirs; then three other participants' first initiatives.
  const firstPerOwner = initiatives.filter(
    (row, i) => initiatives.findIndex((other) => other.ownerId === row.ownerId) === i,
  );
  const plan: { entryId: string; ownerId: string; items: DemoEvidence[] }[] = [];
  for (const [email, items] of Object.entries(BY_EMAIL)) {
    const initiative = firstPerOwner.find((row) => row.email === email);
    if (initiative) plan.push({ entryId: initiative.id, ownerId: initiative.ownerId, items });
  }
  const others = firstPerOwner.filter((row) => !(row.email in BY_EMAIL)).slice(0, OTHERS.length);
  others.forEach((row, i) => plan.push({ entryId: row.id, ownerId: row.ownerId, items: [OTHERS[i]] }));

  // Inside the demo seed's own transaction when given one (db/prepare.ts); otherwise in one of its own.
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  await inTransaction(async (trx) => {
    for (const { entryId, ownerId, items } of plan) {
      const tagged = await trx
        .selectFrom("entry_outcomes")
        .innerJoin("outcome_statements", "outcome_statements.id", "entry_outcomes.outcome_statement_id")
        .innerJoin("strands", "strands.id", "outcome_statements.strand_id")
        .select("outcome_statements.id")
        .where("entry_outcomes.entry_id", "=", entryId)
        .orderBy("strands.position")
        .orderBy("outcome_statements.position")
        .execute();
      for (const item of items) {
        // Run twice, it adds nothing twice.
        const seeded = await trx
          .selectFrom("evidence")
          .select("id")
          .where("entry_id", "=", entryId)
          .where("title", "=", item.title)
          .executeTakeFirst();
        if (seeded) continue;
        const id = randomUUID();
        const bytes = item.kind === "file" ? item.bytes() : null;
        await trx
          .insertInto("evidence")
          .values({
            id,
            entry_id: entryId,
            kind: item.kind,
            title: item.title,
            description: item.description,
            url: item.kind === "link" ? item.url : null,
            file_name: item.kind === "file" ? item.fileName : null,
            mime: item.kind === "file" ? item.mime : null,
            size: bytes ? bytes.byteLength : null,
            bytes,
            created_by: ownerId,
            created_at: `${item.addedOn}T10:00:00.000Z`,
          })
          .execute();
        const statementIds = [...new Set(item.statements.map((n) => tagged[n]?.id).filter((s): s is string => !!s))];
        if (statementIds.length > 0) {
          await trx
            .insertInto("evidence_outcomes")
            .values(statementIds.map((statementId) => ({ evidence_id: id, outcome_statement_id: statementId })))
            .execute();
        }
      }
    }
  });
}
