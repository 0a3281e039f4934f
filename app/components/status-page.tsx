import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

/** Error boundary body: plain words for 4xx answers, and no internals for anything else. */
export function StatusPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const message =
      typeof error.data === "object" && error.data && "message" in error.data
        ? String((error.data as { message: unknown }).message)
        : typeof error.data === "string" && error.data.length < 300
          ? error.data
          : undefined;
    const titles: Record<number, string> = {
      400: "There is a problem with that request",
      403: "You do not have access to this page",
      404: "Page not found",
      405: "That is not something this page does",
      409: "That cannot be done yet",
      413: "That is too large",
      429: "Too many attempts",
    };
    const heading = titles[error.status] ?? "Something went wrong";
    return (
      <div className="status-page">
        {/* Pages with no route of their own (an unknown address) have no <Meta> title: the first <title> counts. */}
        <title>{`${heading} – Strands`}</title>
        <h1>{heading}</h1>
        {message ? <p>{message}</p> : null}
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="status-page">
      <title>Sorry, there is a problem with Strands</title>
      <h1>Sorry, there is a problem with Strands</h1>
      <p>Try again later. Nothing you had saved has been lost.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </div>
  );
}
