import { SHARED_WITH_LEADS } from "~/entries/visibility";
import type { DB } from "~/db.server";
import { todayInEngland } from "~/utils/dates";
import type { Viewer } from "~/utils/permissions.server";
import { requireAccreditationSubject, type AccreditationSubject } from "./access.server";
import { listCriteria } from "./criteria.server";
import { evaluateReadiness, type Readiness, type ReadinessFacts } from "./readiness";

// The facts the readiness rules (./readiness) need, gathered from the database, and the rules run over them.

type ReadinessSubject = Pick<AccreditationSubject, "cohort" | "person" | "membershipId">;

/** The facts the readiness rules need, gathered from the participant's records in the cohort that leads can see. */
export async function gatherReadinessFacts(
  db: DB,
  subject: ReadinessSubject,
  today = todayInEngland(),
): Promise<ReadinessFacts> {
  const cohortId = subject.cohort.id;
  const [
    workshops,
    reflections,
    initiatives,
    actionCounts,
    outcomeCounts,
    evaluations,
    strands,
    tagged,
    criteria,
    reviews,
    mappedEvidence,
    mappedRecords,
  ] = await readFactRows(db, subject);

  const countOf = (rows: { id: string; count: unknown }[], id: string) =>
    Number(rows.find((r) => r.id === id)?.count ?? 0);
  const taggedIds = new Set(tagged.map((t) => t.strandId));
  return {
    cohortId,
    today,
    workshops,
    reflections,
    initiatives: initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      problem: i.problem,
      approach: i.approach,
      actionCount: countOf(actionCounts, i.id),
      outcomeCount: countOf(outcomeCounts, i.id),
      outcomesWithMeasureCount: Number(outcomeCounts.find((r) => r.id === i.id)?.measured ?? 0),
    })),
    evaluations: evaluations.map((e) => ({ ...e, level: Number(e.level) })),
    strands: strands.map((s) => ({ id: s.id, title: s.title, tagged: taggedIds.has(s.id) })),
    criteria: criteria.map((c, index) => {
      const review = reviews.find((r) => r.criterionId === c.id);
      return {
        id: c.id,
        number: index + 1,
        hasStatement: (review?.statement ?? "").trim() !== "",
        sharedMappedCount:
          mappedEvidence.filter((m) => m.criterionId === c.id).length +
          mappedRecords.filter((m) => m.criterionId === c.id).length,
        status: review?.status ?? "not_started",
      };
    }),
  };
}

/** The cohort's workshops, the programme's strands and criteria, and the participant's records that leads can see. */
function readFactRows(db: DB, subject: ReadinessSubject) {
  const cohortId = subject.cohort.id;
  const userId = subject.person.id;
  const shared = () =>
    db
      .selectFrom("entries")
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.owner_id", "=", userId)
      .where("entries.visibility", "in", SHARED_WITH_LEADS);

  return Promise.all([
    db
      .selectFrom("workshops")
      .select(["id", "title", "held_on as heldOn"])
      .where("cohort_id", "=", cohortId)
      .orderBy("held_on")
      .orderBy("position")
      .execute(),
    shared()
      .innerJoin("reflections", "reflections.entry_id", "entries.id")
      .select(["reflections.written_on as writtenOn", "reflections.workshop_id as workshopId"])
      .execute(),
    shared()
      .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
      .select(["entries.id", "entries.title", "initiatives.problem", "initiatives.approach"])
      .orderBy("entries.created_at")
      .orderBy("entries.id")
      .execute(),
    shared()
      .innerJoin("action_items", "action_items.initiative_id", "entries.id")
      .select(["entries.id", (eb) => eb.fn.countAll().as("count")])
      .groupBy("entries.id")
      .execute(),
    shared()
      .innerJoin("initiative_outcomes", "initiative_outcomes.initiative_id", "entries.id")
      .select([
        "entries.id",
        (eb) => eb.fn.countAll().as("count"),
        (eb) =>
          eb.fn
            .sum(
              eb
                .case()
                .when(eb.fn("trim", ["initiative_outcomes.measure"]), "<>", "")
                .then(1)
                .else(0)
                .end(),
            )
            .as("measured"),
      ])
      .groupBy("entries.id")
      .execute(),
    shared()
      .innerJoin("evaluations", "evaluations.initiative_id", "entries.id")
      .select([
        "evaluations.initiative_id as initiativeId",
        "evaluations.level",
        "evaluations.findings",
        "evaluations.judgement",
      ])
      .execute(),
    db
      .selectFrom("strands")
      .select(["id", "title"])
      .where("programme_id", "=", subject.cohort.programmeId)
      .orderBy("position")
      .execute(),
    shared()
      .innerJoin("entry_strands", "entry_strands.entry_id", "entries.id")
      .select("entry_strands.strand_id as strandId")
      .distinct()
      .execute(),
    listCriteria(db, subject.cohort.programmeId),
    db
      .selectFrom("criterion_reviews")
      .select(["criterion_id as criterionId", "status", "statement"])
      .where("membership_id", "=", subject.membershipId)
      .execute(),
    shared()
      .innerJoin("evidence", "evidence.entry_id", "entries.id")
      .innerJoin("evidence_criteria", "evidence_criteria.evidence_id", "evidence.id")
      .select("evidence_criteria.criterion_id as criterionId")
      .execute(),
    shared()
      .innerJoin("entry_criteria", "entry_criteria.entry_id", "entries.id")
      .select("entry_criteria.criterion_id as criterionId")
      .execute(),
  ]);
}

/** The readiness rules, which are met, what is missing and the completeness figure. Same permission as the criteria. */
export async function getReadiness(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  userId: string,
  today = todayInEngland(),
): Promise<Readiness> {
  const subject = await requireAccreditationSubject(db, viewer, cohortId, userId);
  return evaluateReadiness(await gatherReadinessFacts(db, subject, today));
}
