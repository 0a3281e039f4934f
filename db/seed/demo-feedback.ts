import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database } from "../schema";

// Feedback threads from the North cohort's lead on records shared with leads: an open, unread thread on Priya's
// initiative (about its problem statement), a resolved one on a reflection she replied to, one on an audit
// whose reply the lead has not read yet, and one on another participant's initiative.

const NORTH = "2024/25 National — North";

function daysAgo(days: number, hour = 15): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  d.setUTCHours(hour, 10, 0, 0);
  return d.toISOString();
}

type Db = Kysely<Database>;

async function firstShared(db: Db, ownerId: string, cohortId: string, kind: "initiative" | "audit" | "reflection") {
  return db
    .selectFrom("entries")
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("cohort_id", "=", cohortId)
    .where("kind", "=", kind)
    .where("visibility", "!=", "private")
    .orderBy("occurred_on")
    .orderBy("id")
    .executeTakeFirst();
}

async function comment(
  db: Db,
  values: {
    entryId: string;
    parentId?: string;
    authorId: string;
    anchor?: string;
    body: string;
    at: string;
    resolvedAt?: string;
  },
  readBy: string[],
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("comments")
    .values({
      id,
      entry_id: values.entryId,
      parent_id: values.parentId ?? null,
      author_id: values.authorId,
      anchor: values.anchor ?? "",
      body: values.body,
      resolved_at: values.resolvedAt ?? null,
      created_at: values.at,
    })
    .execute();
  if (readBy.length > 0) {
    await db
      .insertInto("comment_reads")
      .values(readBy.map((userId) => ({ user_id: userId, comment_id: id, read_at: values.at })))
      .execute();
  }
  return id;
}

export async function seedDemoFeedback(db: Kysely<Database>): Promise<void> {
  const work = async (trx: Db) => {
    const cohort = await trx.selectFrom("cohorts").select("id").where("name", "=", NORTH).executeTakeFirst();
    if (!cohort) return;
    const users = await trx
      .selectFrom("users")
      .select(["id", "email"])
      .where("email", "in", ["lead@example.org", "participant@example.org", "participant2@example.org"])
      .execute();
    const idOf = (email: string) => users.find((u) => u.email === email)?.id;
    const lead = idOf("lead@example.org");
    const priya = idOf("participant@example.org");
    const james = idOf("participant2@example.org");
    if (!lead || !priya) return;

    const initiative = await firstShared(trx, priya, cohort.id, "initiative");
    if (initiative) {
      // Open and unread: Priya's home page and initiative page show it as new.
      await comment(
        trx,
        {
          entryId: initiative.id,
          authorId: lead,
          anchor: "field:problem",
          body:
            "This is a clear problem statement. Could you say which year groups the mixed messages affect most? " +
            "It would help you choose where to start the learning walks, and it gives you a sharper baseline to compare against in June.",
          at: daysAgo(2),
        },
        [lead],
      );
    }

    const reflection = await firstShared(trx, priya, cohort.id, "reflection");
    if (reflection) {
      const thread = await comment(
        trx,
        {
          entryId: reflection.id,
          authorId: lead,
          body:
            "Good to see you turning the workshop into a concrete next step. What will you ask the HoDs to bring to that meeting, " +
            "so the criteria come from their departments rather than from you?",
          at: daysAgo(20, 10),
          resolvedAt: daysAgo(17, 9),
        },
        [lead, priya],
      );
      await comment(
        trx,
        {
          entryId: reflection.id,
          parentId: thread,
          authorId: priya,
          body: "I have asked each HoD to bring two examples of a lesson they would call typical of their department. We will draft the criteria from those.",
          at: daysAgo(18, 16),
        },
        [lead, priya],
      );
    }

    const audit = await firstShared(trx, priya, cohort.id, "audit");
    if (audit) {
      const thread = await comment(
        trx,
        {
          entryId: audit.id,
          authorId: lead,
          anchor: "field:criteria",
          body: "The criteria read well. Did the HoDs agree what a rating of 3 looks like before they rated their own departments?",
          at: daysAgo(9, 11),
        },
        [lead, priya],
      );
      // Priya answered; the lead has not read the answer yet.
      await comment(
        trx,
        {
          entryId: audit.id,
          parentId: thread,
          authorId: priya,
          body: "Not fully. We moderated two criteria together, and I will moderate the rest at the next HoD meeting before the follow-up.",
          at: daysAgo(8, 17),
        },
        [priya],
      );
    }

    if (james) {
      const jamesInitiative = await firstShared(trx, james, cohort.id, "initiative");
      if (jamesInitiative) {
        await comment(
          trx,
          {
            entryId: jamesInitiative.id,
            authorId: lead,
            body: "A strong plan. Consider adding an implementation outcome for the first half term, so you can see early whether the approach is being used.",
            at: daysAgo(5, 12),
          },
          [lead],
        );
      }
    }
  };
  await (db.isTransaction ? work(db) : db.transaction().execute(work));
}
