import { data } from "@remix-run/node";
import type { DB } from "~/db.server";
import type { AuditEditChoices, AuditEditInput } from "~/audits/schema";
import { newId } from "~/utils/ids.server";
import type { Viewer } from "~/utils/permissions.server";
import {
  checkTagsBelongTo,
  getCohortFramework,
  listOwnInitiativeChoices,
  readEntryTags,
  requireEditableEntry,
  updateEntry,
  writeEntryTags,
} from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { formatDate } from "~/utils/dates";
import { readCriteria, refreshStatus } from "./audits.server";

// Editing and deleting a trust audit: the owner's only (see ./audits.server).

/** What the owner's edit form may offer: the audit's cohort's initiatives and framework, its own criteria. */
export async function getAuditEditOptions(db: DB, viewer: Viewer, id: string) {
  const facts = await requireEditableEntry(db, viewer, id, "audit");
  const [initiatives, strands, criteria] = await Promise.all([
    listOwnInitiativeChoices(db, viewer, facts.cohort_id),
    getCohortFramework(db, facts.cohort_id),
    readCriteria(db, id),
  ]);
  const choices: AuditEditChoices = {
    initiativeIds: initiatives.map((i) => i.id),
    strandIds: strands.map((s) => s.id),
    outcomeIds: strands.flatMap((s) => s.statements.map((st) => st.id)),
    criterionIds: criteria.map((c) => c.id),
  };
  return {
    initiatives: initiatives.map(({ id: initiativeId, title }) => ({ id: initiativeId, title })),
    strands,
    choices,
  };
}

/** The audit as the edit form's default values, with what the page needs to explain the rules. */
export async function getAuditForEditing(db: DB, viewer: Viewer, id: string) {
  await requireEditableEntry(db, viewer, id, "audit");
  const [row, criteria, tags, followUps] = await Promise.all([
    db
      .selectFrom("entries")
      .innerJoin("audits", "audits.entry_id", "entries.id")
      .leftJoin("audits as baseline", "baseline.entry_id", "audits.baseline_id")
      .select([
        "audits.focus",
        "audits.kind",
        "audits.conducted_on as conductedOn",
        "entries.initiative_id as initiativeId",
        "entries.visibility",
        "baseline.conducted_on as baselineDate",
      ])
      .where("entries.id", "=", id)
      .executeTakeFirstOrThrow(),
    readCriteria(db, id),
    readEntryTags(db, id),
    db.selectFrom("audits").select("conducted_on").where("baseline_id", "=", id).orderBy("conducted_on").execute(),
  ]);
  return {
    kind: row.kind,
    baselineDate: row.baselineDate,
    followUpCount: followUps.length,
    firstFollowUpDate: followUps[0]?.conducted_on ?? null,
    values: {
      focus: row.focus,
      conductedOn: row.conductedOn,
      initiativeId: row.initiativeId ?? undefined,
      visibility: row.visibility,
      strandIds: tags.strands.map((s) => s.id),
      outcomeIds: tags.statements.map((s) => s.id),
      criteria: criteria.map((c) => ({ id: c.id, text: c.text })),
    },
  };
}

/**
 * The owner changes the focus, date, criteria (reworded, added or removed: a removed criterion takes its
 * ratings with it), the initiative, sharing and tags. The schools stay as the audit was made.
 */
export async function updateAudit(db: DB, viewer: Viewer, id: string, input: AuditEditInput) {
  const facts = await requireEditableEntry(db, viewer, id, "audit");
  const { choices, strands } = await getAuditEditOptions(db, viewer, id);
  const errors: Record<string, string[]> = {};
  if (input.initiativeId && !choices.initiativeIds.includes(input.initiativeId)) {
    errors.initiativeId = ["Choose one of your initiatives in this cohort"];
  }
  const known = new Set(choices.criterionIds);
  if (!input.criteria.every((c) => !c.id || known.has(c.id)))
    errors.criteria = ["Some criteria are not part of this audit"];
  const current = await getAuditForEditing(db, viewer, id);
  if (current.baselineDate && input.conductedOn < current.baselineDate) {
    errors.conductedOn = [`A follow-up must be on or after its baseline audit (${formatDate(current.baselineDate)})`];
  }
  if (current.firstFollowUpDate && input.conductedOn > current.firstFollowUpDate) {
    errors.conductedOn = [
      `A baseline must be on or before its follow-up audit (${formatDate(current.firstFollowUpDate)})`,
    ];
  }
  if (Object.keys(errors).length > 0) throw new InputError(errors);
  checkTagsBelongTo(strands, input.strandIds, input.outcomeIds);

  const kept = new Set(input.criteria.map((c) => c.id).filter((c): c is string => Boolean(c)));
  const removed = choices.criterionIds.filter((c) => !kept.has(c));
  await db.transaction().execute(async (trx) => {
    await updateEntry(trx, id, {
      title: input.focus,
      occurredOn: input.conductedOn,
      visibility: input.visibility,
      initiativeId: input.initiativeId,
    });
    await trx
      .updateTable("audits")
      .set({ focus: input.focus, conducted_on: input.conductedOn })
      .where("entry_id", "=", id)
      .execute();
    if (removed.length > 0) {
      await trx.deleteFrom("audit_criteria").where("audit_id", "=", id).where("id", "in", removed).execute();
    }
    for (const [position, criterion] of input.criteria.entries()) {
      if (criterion.id) {
        await trx
          .updateTable("audit_criteria")
          .set({ text: criterion.text, position })
          .where("id", "=", criterion.id)
          .where("audit_id", "=", id)
          .execute();
      } else {
        await trx
          .insertInto("audit_criteria")
          .values({ id: newId(), audit_id: id, text: criterion.text, position, baseline_criterion_id: null })
          .execute();
      }
    }
    await writeEntryTags(trx, id, input.strandIds, input.outcomeIds);
    await refreshStatus(trx, id);
    await recordEvent(trx, viewer.id, "update", "audit", id, { fields: Object.keys(input), subjectOwnerId: viewer.id });
  });
  return facts.cohort_id;
}

/** Deletes an audit with its criteria and ratings. A baseline with a follow-up stays until the follow-up goes. */
export async function deleteAudit(db: DB, viewer: Viewer, id: string) {
  await requireEditableEntry(db, viewer, id, "audit");
  const followUp = await db.selectFrom("audits").select("entry_id").where("baseline_id", "=", id).executeTakeFirst();
  if (followUp) {
    throw data(
      { message: "This baseline has a follow-up audit that compares with it. Delete the follow-up audit first." },
      { status: 409 },
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("entries").where("id", "=", id).where("kind", "=", "audit").execute();
    await recordEvent(trx, viewer.id, "delete", "audit", id, { subjectOwnerId: viewer.id });
  });
}
