import { sql } from "kysely";
import { getDb } from "~/db.server";

// Liveness for load balancers: the database answers a query. No detail is exposed.
export async function loader() {
  try {
    await sql`select 1`.execute(getDb());
    return new Response("ok", {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  } catch {
    return new Response("database unavailable", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
