import type { DB } from "~/db.server";
import { AUDIT_KIND_LABELS, RATING_LABELS, type RatingValue } from "~/audits/schema";
import { EVIDENCE_KIND_LABELS } from "~/evidence/schema";
import { INITIATIVE_STATUS_LABELS, RAG_LABELS, VISIBILITY_LABELS, type RagValue } from "~/initiatives/schema";
import { isTaskStatus, TASK_STATUS_LABELS } from "~/tasks/schema";
import { csvDate, type CsvValue } from "~/utils/csv.server";
import { actionCountColumns, INITIATIVE_LIST_COLUMNS } from "~/initiatives/queries.server";
import type { ExportKind } from "./exports.server";

// The CSV builders of a cohort's export, one sheet per kind of record (see ./exports.server for what is
// exported and to whom). Only records shared with leads (visibility "leads" or "cohort") are read.

const SHARED = ["leads", "cohort"] as const;

export interface Sheet {
  headers: string[];
  rows: CsvValue[][];
}

const label = <K extends string>(labels: Record<K, string>, value: string) => labels[value as K] ?? value;

async function participantsSheet(db: DB, cohortId: string): Promise<Sheet> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("organisations", "organisations.id", "memberships.trust_id")
    .select(["users.name", "users.email", "organisations.name as trustName", "memberships.track"])
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.role", "=", "participant")
    .orderBy("users.name")
    .orderBy("users.email")
    .execute();
  return {
    headers: ["Name", "Email address", "Trust", "Track"],
    rows: rows.map((r) => [
      r.name,
      r.email,
      r.trustName,
      r.track === "new" ? "New" : r.track === "continuing" ? "Continuing" : "",
    ]),
  };
}

/** Names joined with "; " per key, from rows of (key, name), in the order given. */
function groupNames(rows: { key: string; name: string }[]): Map<string, string> {
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), row.name]);
  return new Map([...map].map(([k, v]) => [k, v.join("; ")]));
}

async function initiativesSheet(db: DB, cohortId: string, today: string): Promise<Sheet> {
  const [initiatives, schools, strands] = await Promise.all([
    db
      .selectFrom("entries")
      .innerJoin("users", "users.id", "entries.owner_id")
      .leftJoin("initiatives", "initiatives.entry_id", "entries.id")
      .leftJoin("action_items", "action_items.initiative_id", "entries.id")
      .select((eb) => [
        ...INITIATIVE_LIST_COLUMNS,
        "entries.updated_at as updatedAt",
        "users.name as ownerName",
        "initiatives.starts_on as startsOn",
        "initiatives.ends_on as endsOn",
        ...actionCountColumns(eb, today),
      ])
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "in", SHARED)
      .groupBy([
        ...INITIATIVE_LIST_COLUMNS,
        "entries.updated_at",
        "users.name",
        "initiatives.starts_on",
        "initiatives.ends_on",
      ])
      .orderBy("users.name")
      .orderBy("entries.title")
      .execute(),
    db
      .selectFrom("initiative_schools")
      .innerJoin("entries", "entries.id", "initiative_schools.initiative_id")
      .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
      .select(["initiative_schools.initiative_id as key", "organisations.name as name"])
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.visibility", "in", SHARED)
      .orderBy("organisations.name")
      .execute(),
    db
      .selectFrom("entry_strands")
      .innerJoin("entries", "entries.id", "entry_strands.entry_id")
      .innerJoin("strands", "strands.id", "entry_strands.strand_id")
      .select(["entry_strands.entry_id as key", "strands.title as name"])
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "in", SHARED)
      .orderBy("strands.position")
      .execute(),
  ]);
  const schoolNames = groupNames(schools);
  const strandNames = groupNames(strands);
  return {
    headers: [
      "Participant",
      "Initiative",
      "Status",
      "Shared with",
      "Starts on",
      "Ends on",
      "Schools",
      "Strands",
      "Actions",
      "Actions done",
      "Actions overdue",
      "Last updated",
    ],
    rows: initiatives.map((i) => [
      i.ownerName,
      i.title,
      label(INITIATIVE_STATUS_LABELS, i.status),
      label(VISIBILITY_LABELS, i.visibility),
      csvDate(i.startsOn),
      csvDate(i.endsOn),
      schoolNames.get(i.id) ?? "",
      strandNames.get(i.id) ?? "",
      Number(i.actionCount),
      Number(i.doneCount ?? 0),
      Number(i.overdueCount ?? 0),
      csvDate(i.updatedAt),
    ]),
  };
}

async function actionsSheet(db: DB, cohortId: string, today: string): Promise<Sheet> {
  const [actions, schools] = await Promise.all([
    db
      .selectFrom("action_items")
      .innerJoin("entries", "entries.id", "action_items.initiative_id")
      .innerJoin("users", "users.id", "entries.owner_id")
      .select([
        "action_items.id",
        "action_items.description",
        "action_items.owner_name as ownerName",
        "action_items.due_on as dueOn",
        "action_items.rag",
        "action_items.success_criteria as successCriteria",
        "entries.title as initiativeTitle",
        "users.name as participantName",
      ])
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "in", SHARED)
      .orderBy("users.name")
      .orderBy("entries.title")
      .orderBy("action_items.position")
      .execute(),
    db
      .selectFrom("action_item_schools")
      .innerJoin("action_items", "action_items.id", "action_item_schools.action_item_id")
      .innerJoin("entries", "entries.id", "action_items.initiative_id")
      .innerJoin("organisations", "organisations.id", "action_item_schools.school_id")
      .select(["action_item_schools.action_item_id as key", "organisations.name as name"])
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.visibility", "in", SHARED)
      .orderBy("organisations.name")
      .execute(),
  ]);
  const schoolNames = groupNames(schools);
  return {
    headers: [
      "Participant",
      "Initiative",
      "Action",
      "Action owner",
      "Schools",
      "Due on",
      "Status",
      "Overdue",
      "Success criteria",
    ],
    rows: actions.map((a) => [
      a.participantName,
      a.initiativeTitle,
      a.description,
      a.ownerName,
      schoolNames.get(a.id) ?? "",
      csvDate(a.dueOn),
      label(RAG_LABELS as Record<RagValue, string>, a.rag),
      a.rag !== "done" && a.dueOn < today,
      a.successCriteria,
    ]),
  };
}

async function auditsSheet(db: DB, cohortId: string): Promise<Sheet> {
  const rows = await db
    .selectFrom("audit_ratings")
    .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
    .innerJoin("audits", "audits.entry_id", "audit_criteria.audit_id")
    .innerJoin("entries", "entries.id", "audits.entry_id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .innerJoin("organisations", "organisations.id", "audit_ratings.school_id")
    .select([
      "entries.title as auditTitle",
      "users.name as participantName",
      "organisations.name as schoolName",
      "audit_criteria.text as criterion",
      "audit_ratings.rating",
      "audit_ratings.note",
      "audits.kind",
      "audits.conducted_on as conductedOn",
    ])
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.kind", "=", "audit")
    .where("entries.visibility", "in", SHARED)
    .orderBy("users.name")
    .orderBy("audits.conducted_on")
    .orderBy("entries.title")
    .orderBy("audit_criteria.position")
    .orderBy("organisations.name")
    .execute();
  return {
    headers: ["Audit", "Participant", "School", "Criterion", "Rating", "Rating in words", "Note", "Audit kind", "Date"],
    rows: rows.map((r) => {
      const rating = Number(r.rating);
      return [
        r.auditTitle,
        r.participantName,
        r.schoolName,
        r.criterion,
        rating,
        RATING_LABELS[rating as RatingValue] ?? "",
        r.note,
        AUDIT_KIND_LABELS[r.kind] ?? r.kind,
        csvDate(r.conductedOn),
      ];
    }),
  };
}

async function taskResponsesSheet(db: DB, cohortId: string): Promise<Sheet> {
  const rows = await db
    .selectFrom("task_responses")
    .innerJoin("tasks", "tasks.id", "task_responses.task_id")
    .innerJoin("entries", "entries.id", "task_responses.entry_id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .select([
      "tasks.title as taskTitle",
      "tasks.due_on as dueOn",
      "users.name as participantName",
      "entries.status",
      "entries.updated_at as updatedAt",
      "task_responses.body",
    ])
    .where("tasks.cohort_id", "=", cohortId)
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.kind", "=", "task_response")
    .where("entries.visibility", "in", SHARED)
    .orderBy("tasks.due_on")
    .orderBy("tasks.title")
    .orderBy("users.name")
    .execute();
  return {
    headers: ["Task", "Due on", "Participant", "Status", "Last updated", "Response"],
    rows: rows.map((r) => [
      r.taskTitle,
      csvDate(r.dueOn),
      r.participantName,
      isTaskStatus(r.status) ? TASK_STATUS_LABELS[r.status] : r.status,
      csvDate(r.updatedAt),
      r.body,
    ]),
  };
}

async function reflectionsSheet(db: DB, cohortId: string): Promise<Sheet> {
  const rows = await db
    .selectFrom("reflections")
    .innerJoin("entries", "entries.id", "reflections.entry_id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .leftJoin("workshops", "workshops.id", "reflections.workshop_id")
    .select([
      "reflections.written_on as writtenOn",
      "entries.title",
      "users.name as participantName",
      "workshops.title as workshopTitle",
      "reflections.prompt_what as what",
      "reflections.prompt_so_what as soWhat",
      "reflections.prompt_now_what as nowWhat",
      "reflections.body",
    ])
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.kind", "=", "reflection")
    .where("entries.visibility", "in", SHARED)
    .orderBy("users.name")
    .orderBy("reflections.written_on")
    .orderBy("entries.title")
    .execute();
  return {
    headers: ["Date", "Title", "Participant", "Workshop", "What happened", "So what", "Now what", "Reflection"],
    rows: rows.map((r) => [
      csvDate(r.writtenOn),
      r.title,
      r.participantName,
      r.workshopTitle,
      r.what,
      r.soWhat,
      r.nowWhat,
      r.body,
    ]),
  };
}

const ENTRY_KIND_LABELS: Record<string, string> = {
  initiative: "Initiative",
  audit: "Audit",
  task_response: "Task response",
  reflection: "Reflection",
};

async function evidenceSheet(db: DB, cohortId: string, origin: string): Promise<Sheet> {
  const rows = await db
    .selectFrom("evidence")
    .innerJoin("entries", "entries.id", "evidence.entry_id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .select([
      "evidence.id",
      "evidence.title",
      "evidence.description",
      "evidence.kind",
      "evidence.file_name as fileName",
      "evidence.mime",
      "evidence.size",
      "evidence.url",
      "evidence.created_at as createdAt",
      "entries.title as recordTitle",
      "entries.kind as recordKind",
      "users.name as participantName",
    ])
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.visibility", "in", SHARED)
    .orderBy("users.name")
    .orderBy("entries.title")
    .orderBy("evidence.created_at")
    .execute();
  return {
    headers: [
      "Participant",
      "Evidence",
      "Description",
      "Kind",
      "File name",
      "File type",
      "Size in bytes",
      "Link",
      "Record",
      "Record kind",
      "Added on",
    ],
    rows: rows.map((r) => [
      r.participantName,
      r.title,
      r.description,
      label(EVIDENCE_KIND_LABELS, r.kind),
      r.fileName,
      r.mime,
      r.size === null ? null : Number(r.size),
      r.kind === "file" ? `${origin}/evidence/${r.id}/download` : r.url,
      r.recordTitle,
      ENTRY_KIND_LABELS[r.recordKind] ?? r.recordKind,
      csvDate(r.createdAt),
    ]),
  };
}

export function sheetFor(db: DB, cohortId: string, kind: ExportKind, origin: string, today: string): Promise<Sheet> {
  switch (kind) {
    case "participants":
      return participantsSheet(db, cohortId);
    case "initiatives":
      return initiativesSheet(db, cohortId, today);
    case "actions":
      return actionsSheet(db, cohortId, today);
    case "audits":
      return auditsSheet(db, cohortId);
    case "task-responses":
      return taskResponsesSheet(db, cohortId);
    case "reflections":
      return reflectionsSheet(db, cohortId);
    case "evidence":
      return evidenceSheet(db, cohortId, origin);
  }
}
