import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

// The bench's framework ceiling (docs/decisions/0008-benchmarks.md): a page rendered through the same Express
// middleware, Remix handler and root layout as every other page, with no loader of its own. Requested signed out,
// the root loader finds no session cookie and reads nothing, so the page does no database work at all: whatever a
// real page costs beyond this is its own data and rendering. It shows nothing private and changes nothing.

export const meta: MetaFunction = () => [{ title: "Strands is running – Strands" }];

export default function BenchCeiling() {
  return (
    <div className="narrow">
      <h1>Strands is running</h1>
      <p>
        This page is the reference the performance bench measures other pages against.{" "}
        <Link to="/">Go to your home page</Link>.
      </p>
    </div>
  );
}
