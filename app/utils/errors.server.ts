/** A rule the submitted values break that only the server can check; shown beside the named fields. */
export class InputError extends Error {
  constructor(public readonly fieldErrors: Record<string, string[]>) {
    super("The submitted values break a rule");
  }
}
