// Structured security and error events as JSON lines. Never pass personal data, passwords, cookies or record text.
export type LogEvent =
  | "auth.sign_in.success"
  | "auth.sign_in.failure"
  | "auth.sign_in.blocked"
  | "auth.sign_out"
  | "csrf.rejected"
  | "server.error";

export function logEvent(event: LogEvent, fields: Record<string, string | number | boolean | undefined> = {}): void {
  if (process.env.NODE_ENV === "test" && !process.env.STRANDS_LOG_IN_TESTS) return;
  process.stdout.write(JSON.stringify({ at: new Date().toISOString(), event, ...fields }) + "\n");
}
