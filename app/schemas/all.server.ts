// Every form schema, for route modules' `action`s and `loader`s. Route modules must import schemas from here,
// not from their own modules: a schema module runs zod at its top level, so the bundler keeps it (and all of
// zod, about 27 KB gzip) in a route's browser code even when only the action uses it, while a `.server` module
// is left out of the browser build whole. Forms check in the browser with the same schemas, loaded after the
// page (app/components/lazy-validation.tsx). tests/unit/js-budget.test.ts measures what each page sends.
export * from "./account";
export * from "./accreditation";
export * from "./audit";
export * from "./audit-trail";
export * from "./auth";
export * from "./evaluation";
export * from "./evidence";
export * from "./feedback";
export * from "./initiative";
export * from "./reflection";
export * from "./task";

// With the schemas, so that the route's browser code does not keep the form library's zod adapter either.
export { parseWithZod } from "@conform-to/zod/v4";
