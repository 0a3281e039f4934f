import type { CriterionReviewStatus, EntryKind, EvidenceType } from "../../db/schema";

// What the accreditation pages show of a participant's criteria, read by ./criteria.server. Types only, so that the
// components (./status, ./criterion-form) can name them without reaching into server code.

export interface MappedEvidence {
  id: string;
  title: string;
  kind: "file" | "link";
  evidenceType: EvidenceType | null;
  fileName: string | null;
  /** The file's download route, or the https:// link; null for a link that is not https. */
  href: string | null;
  /** Kept private by the participant: leads cannot see it and it does not count. */
  isPrivate: boolean;
  record: { id: string; kind: EntryKind; kindLabel: string; title: string; href: string };
}

export interface MappedRecord {
  id: string;
  kind: EntryKind;
  kindLabel: string;
  title: string;
  href: string;
  isPrivate: boolean;
}

export interface CriterionHistoryEvent {
  id: string;
  status: CriterionReviewStatus;
  statusLabel: string;
  note: string;
  actorName: string | null;
  at: string;
}

export interface CriterionWithMappings {
  id: string;
  /** 1, 2, 3… in the programme's order. */
  number: number;
  text: string;
  reviewId: string | null;
  status: CriterionReviewStatus;
  statusLabel: string;
  statement: string;
  /** The lead's latest comment (asked for with "needs work", optional with an approval). */
  note: string;
  reviewerName: string | null;
  updatedAt: string | null;
  evidence: MappedEvidence[];
  records: MappedRecord[];
  /** Mapped items the viewer may not see (a lead looking at a participant's private records). */
  hiddenCount: number;
  /** Mapped items that leads can see: what counts for submitting and readiness. */
  sharedCount: number;
  /** Oldest first. */
  history: CriterionHistoryEvent[];
}

export interface MappingOption {
  id: string;
  title: string;
  detail: string;
  isPrivate: boolean;
}

export interface MappingOptions {
  evidence: MappingOption[];
  records: MappingOption[];
}
