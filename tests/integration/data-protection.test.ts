import { randomUUID } from "node:crypto";
import { unzipSync, strFromU8 } from "fflate";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { REMOVED_COMMENT } from "~/data-protection/data-protection.server";
import { signIn } from "~/utils/auth.server";
import { loader as auditLogLoader } from "~/routes/admin.audit-log";
import { loader as peopleLoader } from "~/routes/admin.people";
import { action as personAction, loader as personLoader } from "~/routes/admin.people_.$userId";
import { loader as exportLoader } from "~/routes/admin.people_.$userId_.export";
import { loader as exportPageLoader } from "~/routes/cohorts.$cohortId_.export";
import { createComment, createEvidence, createReflection } from "./factories";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, userId } from "./helpers";

// Subject access (export everything) and erasure, checked against the schema's own list of references to users.

const CANARY = `CANARY-P1-${randomUUID()}`;
const isPostgres = process.env.STRANDS_TEST_DB === "postgres";

let admin: string;
let lead: string;
let participant: string;
let adminId: string;
let p1: string; // exported
let p2: string; // erased
let cohortId: string;

/** A reflection of the North cohort, dated 1 March 2025. */
const record = (ownerId: string, title: string, visibility: "private" | "leads" | "cohort", body: string) =>
  createReflection(getDb(), { ownerId, cohortId, title, visibility, body, writtenOn: "2025-03-01" });
/** A plain-text evidence file: the export must carry its bytes, and erasure remove them. */
const canaryFile = { title: "Canary file", fileName: "canary.txt", mime: "text/plain" };

async function downloadExport(id: string, cookie: string) {
  const args = {
    request: get(`/admin/people/${id}/export`, cookie),
    params: { userId: id },
    context: { cspNonce: "n", clientAddress: "203.0.113.7" },
  };
  let response: Response;
  try {
    response = (await exportLoader(args as never)) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) response = thrown;
    else if (thrown && typeof thrown === "object" && (thrown as { type?: string }).type === "DataWithResponseInit") {
      return {
        status: (thrown as { init: { status: number } }).init.status,
        headers: new Headers(),
        bytes: new Uint8Array(),
      };
    } else throw thrown;
  }
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Every (table, column) whose foreign key points at users, read from the database's own catalogue. */
async function userReferences(): Promise<{ table: string; column: string }[]> {
  if (isPostgres) {
    const result = await sql<{ table: string; column: string }>`
      select kcu.table_name as "table", kcu.column_name as "column"
      from information_schema.referential_constraints rc
      join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name
      where ccu.table_name = 'users'`.execute(getDb());
    return result.rows;
  }
  const result = await sql<{ table: string; column: string }>`
    select m.name as "table", p."from" as "column" from sqlite_schema m, pragma_foreign_key_list(m.name) p
    where m.type = 'table' and p."table" = 'users'`.execute(getDb());
  return result.rows;
}

async function countRowsReferencing(personId: string) {
  const counts: Record<string, number> = {};
  for (const { table, column } of await userReferences()) {
    const row = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${personId}`.execute(getDb());
    counts[`${table}.${column}`] = Number(row.rows[0].n);
  }
  counts["users.id"] = Number(
    (await sql<{ n: number }>`select count(*) as n from users where id = ${personId}`.execute(getDb())).rows[0].n,
  );
  return counts;
}

beforeAll(async () => {
  [admin, lead, participant] = await Promise.all([DEMO.admin, DEMO.lead, DEMO.participant].map(cookieFor));
  [adminId, p1, p2] = await Promise.all([
    userId(DEMO.admin),
    userId(DEMO.participant),
    userId(DEMO.sameCohortParticipant),
  ]);
  const membership = await getDb()
    .selectFrom("memberships")
    .select("cohort_id")
    .where("user_id", "=", p1)
    .where("role", "=", "participant")
    .executeTakeFirstOrThrow();
  cohortId = membership.cohort_id;
});

describe("who may use the data-protection pages", () => {
  it("answers 403 to leads and participants on every admin page, and 404 to admins for an unknown person", async () => {
    for (const cookie of [lead, participant]) {
      expect((await callLoader(peopleLoader, get("/admin/people", cookie))).status).toBe(403);
      expect((await callLoader(personLoader, get(`/admin/people/${p1}`, cookie), { userId: p1 })).status).toBe(403);
      expect(
        (
          await callAction(
            personAction,
            post(`/admin/people/${p2}`, form({ intent: "erase", confirmEmail: DEMO.sameCohortParticipant }), cookie),
            { userId: p2 },
          )
        ).status,
      ).toBe(403);
      expect((await downloadExport(p1, cookie)).status).toBe(403);
      expect((await callLoader(auditLogLoader, get("/admin/audit-log", cookie))).status).toBe(403);
    }
    expect(await getDb().selectFrom("users").select("id").where("id", "=", p2).executeTakeFirst()).toBeDefined();
    expect((await callLoader(personLoader, get("/admin/people/nobody", admin), { userId: "nobody" })).status).toBe(404);
    expect((await callLoader(personLoader, get("/admin/people/x", admin), { userId: "x".repeat(5000) })).status).toBe(
      404,
    );
  });

  it("lists everyone to an admin", async () => {
    const page = await callLoader(peopleLoader, get("/admin/people", admin));
    expect(page.status).toBe(200);
    expect(page.data.people.map((p: { email: string }) => p.email)).toEqual(
      expect.arrayContaining(Object.values(DEMO)),
    );
    expect(JSON.stringify(page.data)).not.toContain("password");
  });
});

describe("export everything about a person", () => {
  it("zips JSON and CSV with every row that refers to them, their files, and no password hash", async () => {
    const { id: recordId } = await record(p1, `Private record ${CANARY}`, "private", `Body ${CANARY}`);
    await createEvidence(getDb(), { ...canaryFile, entryId: recordId, createdBy: p1, bytes: `File ${CANARY}` });
    const othersRecord = await record(p2, "P2 shared record", "cohort", "P2 body");
    await createComment(getDb(), { entryId: othersRecord.id, authorId: p1, body: `Comment ${CANARY}` });

    const file = await downloadExport(p1, admin);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/zip");
    expect(file.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="strands-data-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    const zip = unzipSync(file.bytes);
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(["data.json", "records.csv", "README.txt"]));
    const json = strFromU8(zip["data.json"]);
    const data = JSON.parse(json);
    expect(data.user.email).toBe(DEMO.participant);
    expect(json).not.toMatch(/password/i);
    const hash = (
      await getDb().selectFrom("users").select("password_hash").where("id", "=", p1).executeTakeFirstOrThrow()
    ).password_hash;
    expect(json).not.toContain(hash);
    expect(data.entries.some((e: { title: string }) => e.title.includes(CANARY))).toBe(true);
    expect(data.reflections.some((r: { body: string }) => r.body.includes(CANARY))).toBe(true);
    expect(data.comments_written.some((c: { body: string }) => c.body.includes(CANARY))).toBe(true);
    expect(data.memberships.length).toBeGreaterThan(0);
    expect(typeof data.sessions.count).toBe("number");
    expect(strFromU8(zip["records.csv"])).toContain(CANARY);
    const files = Object.keys(zip).filter((name) => name.startsWith("files/"));
    expect(files.some((name) => strFromU8(zip[name]) === `File ${CANARY}`)).toBe(true);
    // Every table with a reference to users that holds a P1 row has a section.
    const counts = await countRowsReferencing(p1);
    const sections: Record<string, string> = {
      "sessions.user_id": "sessions",
      "memberships.user_id": "memberships",
      "entries.owner_id": "entries",
      "evidence.created_by": "evidence",
      "comments.author_id": "comments_written",
      "task_responses.owner_id": "task_responses",
      "comment_reads.user_id": "comment_reads",
      "tasks.created_by": "tasks_created",
      "criterion_reviews.reviewer_id": "criterion_reviews_given",
      "initiative_status_overrides.created_by": "initiative_status_overrides",
      "initiative_adaptations.changed_by": "initiative_adaptations",
      "criterion_review_events.actor_id": "criterion_review_events",
      "users.id": "user",
    };
    for (const [reference, n] of Object.entries(counts)) {
      if (n === 0) continue;
      expect(sections[reference], `no export section for ${reference}`).toBeDefined();
      expect(data[sections[reference]], reference).toBeDefined();
    }
    expect(data.entries).toHaveLength(counts["entries.owner_id"]);
  });

  it("is itself audited", async () => {
    const event = await getDb()
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "export")
      .where("subject_id", "=", p1)
      .executeTakeFirst();
    expect(event).toMatchObject({ actor_id: adminId, subject_kind: "person", subject_owner_id: p1 });
  });
});

describe("erasing a person", () => {
  it("needs the email typed to confirm, and refuses an admin erasing themselves", async () => {
    const wrong = await callAction(
      personAction,
      post(`/admin/people/${p2}`, form({ intent: "erase", confirmEmail: "someone@else.org" }), admin),
      { userId: p2 },
    );
    expect(wrong.status).toBe(400);
    const empty = await callAction(
      personAction,
      post(`/admin/people/${p2}`, form({ intent: "erase", confirmEmail: "" }), admin),
      { userId: p2 },
    );
    expect(empty.status).toBe(400);
    const self = await callAction(
      personAction,
      post(`/admin/people/${adminId}`, form({ intent: "erase", confirmEmail: DEMO.admin }), admin),
      { userId: adminId },
    );
    expect(self.status).toBe(400);
    expect(await getDb().selectFrom("users").select("id").where("id", "in", [p2, adminId]).execute()).toHaveLength(2);
  });

  it("leaves no row referring to them but pseudonymous audit events, detaches their comments, and drops counts by their records", async () => {
    const db = getDb();
    const { id: p2Record } = await record(p2, `P2 record ${CANARY}`, "leads", "Shared with leads");
    await createEvidence(db, { ...canaryFile, title: "P2 file", entryId: p2Record, createdBy: p2, bytes: "P2 file" });
    expect(await db.selectFrom("evidence").select("id").where("title", "=", "P2 file").execute()).toHaveLength(1);
    const p1Record = await record(p1, "P1 record for P2's comment", "cohort", "P1 body");
    const { id: p2Comment } = await createComment(db, {
      entryId: p1Record.id,
      authorId: p2,
      body: `P2 says ${CANARY}`,
    });
    // A lead looks at P2's record, so there is an audit event about P2 to keep.
    const { loader: viewLoader } = await import("~/routes/reflections.$reflectionId._index");
    expect(
      (await callLoader(viewLoader, get(`/reflections/${p2Record}`, lead), { reflectionId: p2Record })).status,
    ).toBe(200);
    await cookieFor(DEMO.sameCohortParticipant); // a session
    await signIn(db, { email: DEMO.sameCohortParticipant, password: "a wrong guess", address: "192.0.2.44" }); // a throttle row
    expect(
      await db
        .selectFrom("sign_in_throttles")
        .select("address")
        .where("account", "=", DEMO.sameCohortParticipant)
        .execute(),
    ).not.toHaveLength(0);

    const reflectionsBefore = (
      await callLoader(exportPageLoader, get(`/cohorts/${cohortId}/export`, lead), { cohortId })
    ).data.files.find((f: { kind: string }) => f.kind === "reflections").rowCount;
    const p2Shared = Number(
      (
        await db
          .selectFrom("entries")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("owner_id", "=", p2)
          .where("kind", "=", "reflection")
          .where("cohort_id", "=", cohortId)
          .where("visibility", "!=", "private")
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(p2Shared).toBeGreaterThan(0);
    const tasksBefore = Number(
      (
        await db
          .selectFrom("tasks")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const auditBefore = Number(
      (
        await db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

    const erased = await callAction(
      personAction,
      post(
        `/admin/people/${p2}`,
        form({ intent: "erase", confirmEmail: ` ${DEMO.sameCohortParticipant.toUpperCase()} ` }),
        admin,
      ),
      { userId: p2 },
    );
    expect(erased.status).toBe(302);
    expect(erased.headers.get("Location")).toMatch(/^\/admin\/people\?erased=/);

    const counts = await countRowsReferencing(p2);
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
    expect(await db.selectFrom("task_responses").select("entry_id").where("owner_id", "=", p2).execute()).toHaveLength(
      0,
    );
    expect(
      await db
        .selectFrom("sign_in_throttles")
        .select("address")
        .where("account", "=", DEMO.sameCohortParticipant)
        .execute(),
    ).toHaveLength(0);
    expect(await db.selectFrom("evidence").select("id").where("title", "=", "P2 file").execute()).toHaveLength(0);
    // The comment on P1's record stays in the thread, with no author and no text.
    expect(
      await db.selectFrom("comments").select(["body", "author_id"]).where("id", "=", p2Comment).executeTakeFirst(),
    ).toEqual({ body: REMOVED_COMMENT, author_id: null });
    // Only the audit trail still holds the id, as a pseudonym: no name or email anywhere.
    const events = await db
      .selectFrom("audit_log")
      .selectAll()
      .where((eb) => eb.or([eb("actor_id", "=", p2), eb("subject_owner_id", "=", p2), eb("subject_id", "=", p2)]))
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(await db.selectFrom("audit_log").selectAll().execute())).not.toContain(
      DEMO.sameCohortParticipant,
    );
    expect(events.some((e) => e.action === "erase" && e.actor_id === adminId && e.subject_id === p2)).toBe(true);
    expect(
      Number(
        (
          await db
            .selectFrom("audit_log")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(auditBefore + 1);
    // Cohort aggregates: the reflections count drops by exactly P2's shared reflections; tasks stay.
    const reflectionsAfter = (
      await callLoader(exportPageLoader, get(`/cohorts/${cohortId}/export`, lead), { cohortId })
    ).data.files.find((f: { kind: string }) => f.kind === "reflections").rowCount;
    expect(reflectionsAfter).toBe(reflectionsBefore - p2Shared);
    expect(
      Number(
        (
          await db
            .selectFrom("tasks")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(tasksBefore);
    // The audit log page names them as an erased person.
    const log = await callLoader(auditLogLoader, get(`/admin/audit-log?person=${p2}`, admin));
    expect(log.status).toBe(200);
    expect(
      log.data.events.every(
        (e: { subjectOwnerName: string | null; actorName: string | null; actorId: string }) =>
          e.subjectOwnerName === null && (e.actorId !== p2 || e.actorName === null),
      ),
    ).toBe(true);
    // A second erase of the same person is a 404, not a 500.
    const again = await callAction(
      personAction,
      post(`/admin/people/${p2}`, form({ intent: "erase", confirmEmail: DEMO.sameCohortParticipant }), admin),
      { userId: p2 },
    );
    expect(again.status).toBe(404);
  });
});
