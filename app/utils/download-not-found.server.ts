// A resource route has no error page, so a download that is not there (a thrown `notFound`) is answered here: a
// 404 in plain words, never sniffed or cached, as if the file did not exist.

/** The `notFound` a model throws: a 404 with a message for the person. */
export function isNotFound(error: unknown): error is { data?: { message?: unknown } } {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { type?: unknown }).type === "DataWithResponseInit" &&
    (error as { init?: { status?: number } | null }).init?.status === 404
  );
}

export function plainNotFound(message: string): Response {
  return new Response(message, {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
