// Every form schema, for route modules' `action`s and `loader`s. Route modules must import schemas from here,
// not from their own modules: a schema module runs zod at its top level, so the bundler keeps it (and all of
// zod, about 27 KB gzip) in a route's browser code even when only the action uses it, while a `.server` module
// is left out of the browser build whole. Forms check in the browser with the same schemas, loaded after the
// page (app/components/lazy-validation.tsx). tests/unit/js-budget.test.ts measures what each page sends.
export * from "~/accounts/schema";
export * from "~/accreditation/schema";
export * from "~/audits/schema";
export * from "~/audit-trail/schema";
export * from "~/accounts/sign-in-schema";
export * from "~/evaluations/schema";
export * from "~/evidence/schema";
export * from "~/feedback/schema";
export * from "~/initiatives/schema";
export * from "~/reflections/schema";
export * from "~/tasks/schema";

// With the schemas, so that the route's browser code does not keep the form library's zod adapter either.
export { parseWithZod } from "@conform-to/zod/v4";
