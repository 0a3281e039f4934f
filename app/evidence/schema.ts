import * as z from "~/schemas/zod";
import { idList, oneOf, requiredText } from "~/schemas/common";
import { EVIDENCE_TYPES } from "~/evaluations/values";
import { EVIDENCE_DESCRIPTION_MAX, EVIDENCE_TITLE_MAX, fileProblem, linkProblem } from "./values";

// Evidence: a file or a link, with a title and a description, attached to a record and mapped to outcome
// statements of the record's programme. These rules run in the browser and again on the server; the server
// then checks a file's contents (app/evidence/evidence.server.ts), which only it can do.

import { EVIDENCE_KINDS, type EvidenceKind } from "~/schemas/values";

// Defined in ./values (no zod there, so pages that only show records can import them cheaply).
export { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, formatFileSize } from "~/schemas/values";
export type { EvidenceKind } from "~/schemas/values";
export * from "./values";

function kindOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { kind?: unknown }).kind : undefined;
}

function fieldOf(value: unknown, name: "file" | "url"): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

const detailFields = (outcomeIds: readonly string[]) => ({
  title: requiredText("a title", EVIDENCE_TITLE_MAX),
  description: requiredText("what this evidence shows", EVIDENCE_DESCRIPTION_MAX),
  outcomeIds: idList(outcomeIds, "Choose outcome statements from this record’s programme"),
  // Optional, so evidence can be added before its owner has thought about its strength; "" reads as not said.
  evidenceType: z.enum(EVIDENCE_TYPES, { error: "Choose what kind of evidence this is from the list" }).optional(),
});

/**
 * Adding evidence: a file or a link (the radio decides which field counts), a title, a description, and
 * outcome statements from the record's programme. `maxFileBytes` comes from the server.
 */
export function evidenceSchema({ outcomeIds, maxFileBytes }: { outcomeIds: readonly string[]; maxFileBytes: number }) {
  return z
    .object({
      kind: oneOf(EVIDENCE_KINDS, "Choose whether you are adding a file or a link"),
      ...detailFields(outcomeIds),
      file: z.file({ error: "Choose a file to upload" }).optional(),
      url: z.string({ error: "Enter the link, starting with https://" }).optional(),
    })
    .refine((value) => fileProblem(value.file, maxFileBytes) === null, {
      path: ["file"],
      error: (issue) => fileProblem(fieldOf(issue.input, "file"), maxFileBytes) ?? "Choose a file to upload",
      // Checked whenever a file is meant, even while other fields still have problems (but said only once).
      when: ({ value, issues }) => kindOf(value) === "file" && !issues.some((issue) => issue.path?.[0] === "file"),
    })
    .refine((value) => linkProblem(value.url ?? "") === null, {
      path: ["url"],
      error: (issue) => {
        const url = fieldOf(issue.input, "url");
        return linkProblem(typeof url === "string" ? url : "") ?? "Enter the link, starting with https://";
      },
      when: ({ value, issues }) => kindOf(value) === "link" && !issues.some((issue) => issue.path?.[0] === "url"),
    });
}

export type EvidenceInput = z.infer<ReturnType<typeof evidenceSchema>>;

/** Changing evidence: its title, description and outcome statements (the file or link itself stays). */
export function evidenceUpdateSchema({ outcomeIds }: { outcomeIds: readonly string[] }) {
  return z.object(detailFields(outcomeIds));
}

export type EvidenceUpdateInput = z.infer<ReturnType<typeof evidenceUpdateSchema>>;

/** The evidence page's filter; anything unknown shows everything. */
export function parseEvidenceKindFilter(value: string | null): EvidenceKind | undefined {
  return value === "file" || value === "link" ? value : undefined;
}
