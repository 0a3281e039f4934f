import { strToU8, zipSync } from "fflate";
import type { DB } from "~/db.server";
import { slugify, toCsv } from "~/utils/csv.server";
import { todayInEngland } from "~/utils/dates";
import { canViewCohort, notFound, type Viewer } from "~/utils/permissions.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { sheetFor } from "./sheets.server";

// A cohort's data for its leads (and programme admins), one CSV per kind of record and a zip of them all. Only
// records shared with leads (visibility "leads" or "cohort") are ever read; private records never leave the
// database. Evidence is listed by its details, never its bytes. This file keeps the export page and the files it
// offers (one CSV or the zip); ./sheets.server builds each CSV.

export const EXPORT_KINDS = [
  "participants",
  "initiatives",
  "actions",
  "audits",
  "task-responses",
  "reflections",
  "evidence",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function isExportKind(value: string): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value);
}

export const EXPORT_DESCRIPTIONS: Record<ExportKind, { title: string; description: string }> = {
  participants: { title: "Participants", description: "Name, email address, trust and track (new or continuing)." },
  initiatives: {
    title: "Initiatives",
    description: "Each shared initiative with its status, dates, schools, strands and action counts.",
  },
  actions: {
    title: "Actions",
    description: "Every action in the shared action plans, with owner, due date and status.",
  },
  audits: {
    title: "Trust audits",
    description: "One row per rating: audit, participant, school, criterion, rating (number and words) and note.",
  },
  "task-responses": {
    title: "Task responses",
    description: "Each shared response with its task, status, date and text.",
  },
  reflections: { title: "Reflections", description: "Each shared reflection with its date, workshop and prompts." },
  evidence: {
    title: "Evidence",
    description: "The details of each evidence item on shared records: title, kind, file name, type, size, link.",
  },
};

async function requireExportCohort(db: DB, viewer: Viewer, cohortId: string) {
  if (!canViewCohort(viewer, cohortId)) notFound("We could not find that cohort.");
  const cohort = await db
    .selectFrom("cohorts")
    .select(["id", "name", "academic_year as academicYear"])
    .where("id", "=", cohortId)
    .executeTakeFirst();
  if (!cohort) notFound("We could not find that cohort.");
  return cohort;
}

export function exportFileName(cohortName: string, kind: ExportKind | "all"): string {
  return kind === "all" ? `${slugify(cohortName)}-all.zip` : `${slugify(cohortName)}-${kind}.csv`;
}

/** The export page: the cohort and the files on offer, each with its name and how many rows it holds. */
export async function getExportPage(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  origin: string,
  today = todayInEngland(),
) {
  const cohort = await requireExportCohort(db, viewer, cohortId);
  const sheets = await Promise.all(EXPORT_KINDS.map((kind) => sheetFor(db, cohortId, kind, origin, today)));
  return {
    cohort,
    files: EXPORT_KINDS.map((kind, i) => ({
      kind,
      ...EXPORT_DESCRIPTIONS[kind],
      path: `${kind}.csv`,
      fileName: exportFileName(cohort.name, kind),
      rowCount: sheets[i].rows.length,
    })),
    zipName: exportFileName(cohort.name, "all"),
  };
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
}

/** One CSV ("reflections.csv") or the zip of them all ("all.zip"); 404 for any other name or cohort. */
export async function buildExportFile(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  file: string,
  origin: string,
  today = todayInEngland(),
): Promise<ExportFile> {
  const cohort = await requireExportCohort(db, viewer, cohortId);
  // Only a file that exists is an export; an unknown name (404 below) is not audited.
  if (file === "all.zip" || (file.endsWith(".csv") && isExportKind(file.slice(0, -4)))) {
    await recordEvent(db, viewer.id, "export", "cohort", cohortId, { fields: [file] });
  }
  if (file === "all.zip") {
    const entries: Record<string, Uint8Array> = {};
    for (const kind of EXPORT_KINDS) {
      const sheet = await sheetFor(db, cohortId, kind, origin, today);
      entries[exportFileName(cohort.name, kind)] = strToU8(toCsv(sheet.headers, sheet.rows));
    }
    return { fileName: exportFileName(cohort.name, "all"), contentType: "application/zip", body: zipSync(entries) };
  }
  const kind = file.endsWith(".csv") ? file.slice(0, -4) : "";
  if (!isExportKind(kind)) notFound("We could not find that download.");
  const sheet = await sheetFor(db, cohortId, kind, origin, today);
  return {
    fileName: exportFileName(cohort.name, kind),
    contentType: "text/csv; charset=utf-8",
    body: toCsv(sheet.headers, sheet.rows),
  };
}
