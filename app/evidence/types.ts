import type { EvidenceType } from "../../db/schema";
import type { EvidenceKind } from "~/schemas/values";

// The shape of a piece of evidence as lists and panels show it (metadata only, never the bytes). Browser-safe:
// ./panel's components take it, ./evidence.server's readers return it.

export interface EvidenceStatement {
  id: string;
  text: string;
  strandTitle: string;
}

export interface EvidenceMetadata {
  id: string;
  kind: EvidenceKind;
  title: string;
  description: string;
  url: string | null;
  fileName: string | null;
  mime: string | null;
  size: number | null;
  createdAt: string;
  /** How strong a source it is (reaction … pupil data); null until its owner says. */
  evidenceType: EvidenceType | null;
  /** The outcome statements it is mapped to. */
  statements: EvidenceStatement[];
}
