import type { DB } from "~/db.server";
import type { ReflectionChoices, ReflectionInput } from "~/reflections/schema";
import { canEditEntry, forbidden, participatesIn, type Viewer } from "~/utils/permissions.server";
import {
  checkTagsBelongTo,
  insertEntry,
  readEntryTags,
  requireEditableEntry,
  requireVisibleEntry,
  updateEntry,
  writeEntryTags,
} from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import type { StrandOption } from "~/frameworks/frameworks.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { listCohortsWithOwnInitiatives } from "~/initiatives/queries.server";

export interface ReflectionCohortOptions {
  cohortId: string;
  cohortName: string;
  workshops: { id: string; title: string; heldOn: string }[];
  initiatives: { id: string; title: string }[];
  strands: StrandOption[];
}

/** What a reflection form may offer this participant, per cohort they take part in. */
export async function getReflectionFormOptions(db: DB, viewer: Viewer): Promise<ReflectionCohortOptions[]> {
  const cohorts = await listCohortsWithOwnInitiatives(db, viewer);
  const workshops = cohorts.length
    ? await db
        .selectFrom("workshops")
        .select(["id", "cohort_id as cohortId", "title", "held_on as heldOn"])
        .where(
          "cohort_id",
          "in",
          cohorts.map((c) => c.cohortId),
        )
        .orderBy("position")
        .execute()
    : [];
  return cohorts.map(({ cohortId, cohortName, strands, initiatives }) => ({
    cohortId,
    cohortName,
    strands,
    workshops: workshops.filter((w) => w.cohortId === cohortId).map(({ id, title, heldOn }) => ({ id, title, heldOn })),
    initiatives,
  }));
}

export function reflectionChoicesFrom(options: ReflectionCohortOptions[]): ReflectionChoices {
  return {
    cohortIds: options.map((o) => o.cohortId),
    workshopIds: options.flatMap((o) => o.workshops.map((w) => w.id)),
    initiativeIds: options.flatMap((o) => o.initiatives.map((i) => i.id)),
    strandIds: options.flatMap((o) => o.strands.map((s) => s.id)),
    outcomeIds: options.flatMap((o) => o.strands.flatMap((s) => s.statements.map((st) => st.id))),
  };
}

// Choices are offered across all the participant's cohorts; each must belong to the reflection's own cohort.
function checkBelongsToCohort(options: ReflectionCohortOptions[], input: ReflectionInput) {
  const cohort = options.find((o) => o.cohortId === input.cohortId);
  if (!cohort) throw new InputError({ cohortId: ["Choose one of your cohorts"] });
  if (input.workshopId && !cohort.workshops.some((w) => w.id === input.workshopId)) {
    throw new InputError({ workshopId: ["Choose a workshop of this reflection's cohort"] });
  }
  if (input.initiativeId && !cohort.initiatives.some((i) => i.id === input.initiativeId)) {
    throw new InputError({ initiativeId: ["Choose one of your initiatives in this cohort"] });
  }
  checkTagsBelongTo(cohort.strands, input.strandIds, input.outcomeIds);
}

// Only the chosen way of writing is kept, so a reflection never carries hidden text from the other mode.
function details(input: ReflectionInput) {
  const prompted = input.mode === "prompted";
  return {
    body: prompted ? "" : input.body,
    prompt_what: prompted ? input.promptWhat : "",
    prompt_so_what: prompted ? input.promptSoWhat : "",
    prompt_now_what: prompted ? input.promptNowWhat : "",
    written_on: input.writtenOn,
    workshop_id: input.workshopId,
  };
}

export async function createReflection(
  db: DB,
  viewer: Viewer,
  options: ReflectionCohortOptions[],
  input: ReflectionInput,
) {
  if (!participatesIn(viewer, input.cohortId))
    forbidden("Only participants of this cohort can write reflections in it.");
  checkBelongsToCohort(options, input);
  return db.transaction().execute(async (trx) => {
    const id = await insertEntry(trx, viewer, {
      kind: "reflection",
      cohortId: input.cohortId,
      initiativeId: input.initiativeId,
      title: input.title,
      status: "written",
      visibility: input.visibility,
      occurredOn: input.writtenOn,
    });
    await trx
      .insertInto("reflections")
      .values({ entry_id: id, ...details(input) })
      .execute();
    await writeEntryTags(trx, id, input.strandIds, input.outcomeIds);
    await recordEvent(trx, viewer.id, "create", "reflection", id, {
      fields: Object.keys(input),
      subjectOwnerId: viewer.id,
    });
    return id;
  });
}

export async function updateReflection(
  db: DB,
  viewer: Viewer,
  options: ReflectionCohortOptions[],
  id: string,
  input: ReflectionInput,
) {
  const entry = await requireEditableEntry(db, viewer, id, "reflection");
  const fixed = { ...input, cohortId: entry.cohort_id };
  checkBelongsToCohort(options, fixed);
  await db.transaction().execute(async (trx) => {
    await updateEntry(trx, id, {
      title: fixed.title,
      visibility: fixed.visibility,
      occurredOn: fixed.writtenOn,
      initiativeId: fixed.initiativeId,
    });
    await trx.updateTable("reflections").set(details(fixed)).where("entry_id", "=", id).execute();
    await writeEntryTags(trx, id, fixed.strandIds, fixed.outcomeIds);
    await recordEvent(trx, viewer.id, "update", "reflection", id, {
      fields: Object.keys(input),
      subjectOwnerId: viewer.id,
    });
  });
}

export async function deleteReflection(db: DB, viewer: Viewer, id: string) {
  await requireEditableEntry(db, viewer, id, "reflection");
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("entries").where("id", "=", id).execute();
    await recordEvent(trx, viewer.id, "delete", "reflection", id, { subjectOwnerId: viewer.id });
  });
}

/** Reflections with their records, the workshop each is about and the initiative each is linked to (either may be none). */
function reflectionsWithLinks(db: DB) {
  return db
    .selectFrom("entries")
    .innerJoin("reflections", "reflections.entry_id", "entries.id")
    .leftJoin("workshops", "workshops.id", "reflections.workshop_id")
    .leftJoin("entries as initiative", "initiative.id", "entries.initiative_id");
}

export async function getReflection(db: DB, viewer: Viewer, id: string) {
  const facts = await requireVisibleEntry(db, viewer, id, "reflection");
  await recordViewOf(db, viewer, "reflection", id, facts.owner_id);
  const reflection = await reflectionsWithLinks(db)
    .innerJoin("users", "users.id", "entries.owner_id")
    .innerJoin("cohorts", "cohorts.id", "entries.cohort_id")
    .select([
      "entries.id",
      "entries.title",
      "entries.visibility",
      "entries.cohort_id as cohortId",
      "entries.initiative_id as initiativeId",
      "entries.updated_at as updatedAt",
      "users.name as ownerName",
      "cohorts.name as cohortName",
      "reflections.body",
      "reflections.prompt_what as promptWhat",
      "reflections.prompt_so_what as promptSoWhat",
      "reflections.prompt_now_what as promptNowWhat",
      "reflections.written_on as writtenOn",
      "reflections.workshop_id as workshopId",
      "workshops.title as workshopTitle",
      "initiative.title as initiativeTitle",
    ])
    .where("entries.id", "=", id)
    .executeTakeFirstOrThrow();
  const tags = await readEntryTags(db, id);
  // A linked initiative the viewer may not see (e.g. kept private) is not named to them.
  const initiativeVisible =
    reflection.initiativeId !== null &&
    (await requireVisibleEntry(db, viewer, reflection.initiativeId, "initiative").then(
      () => true,
      () => false,
    ));
  return {
    ...reflection,
    initiativeId: initiativeVisible ? reflection.initiativeId : null,
    initiativeTitle: initiativeVisible ? reflection.initiativeTitle : null,
    mode: reflection.body ? ("free" as const) : ("prompted" as const),
    canEdit: canEditEntry(viewer, facts),
    ...tags,
  };
}

export async function getReflectionForEditing(db: DB, viewer: Viewer, id: string) {
  await requireEditableEntry(db, viewer, id, "reflection");
  const reflection = await getReflection(db, viewer, id);
  return {
    cohortId: reflection.cohortId,
    title: reflection.title,
    writtenOn: reflection.writtenOn,
    mode: reflection.mode,
    body: reflection.body,
    promptWhat: reflection.promptWhat,
    promptSoWhat: reflection.promptSoWhat,
    promptNowWhat: reflection.promptNowWhat,
    workshopId: reflection.workshopId ?? undefined,
    initiativeId: reflection.initiativeId ?? undefined,
    visibility: reflection.visibility,
    strandIds: reflection.strands.map((s) => s.id),
    outcomeIds: reflection.statements.map((s) => s.id),
  };
}

/** The participant's reflection log, newest first. */
export async function listOwnReflections(db: DB, viewer: Viewer) {
  return reflectionsWithLinks(db)
    .select([
      "entries.id",
      "entries.title",
      "entries.visibility",
      "reflections.written_on as writtenOn",
      "reflections.prompt_what as promptWhat",
      "workshops.title as workshopTitle",
      "initiative.title as initiativeTitle",
    ])
    .where("entries.owner_id", "=", viewer.id)
    .where("entries.kind", "=", "reflection")
    .orderBy("reflections.written_on", "desc")
    .orderBy("entries.created_at", "desc")
    .execute();
}
