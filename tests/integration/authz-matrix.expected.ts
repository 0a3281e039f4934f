// The expected authorization matrix (trust check C01), read by authz-matrix.test.ts.
// Rows: "<METHOD> <URL pattern>[ intent=<intent>][ [private]]", one per loader and per action intent of every route in
// Remix's route manifest. URL parameters are filled with participant@example.org's real records (see the test).
// Columns: the status each role gets. `allowed`: the roles that may legitimately use the cell; any other role
// getting a 2xx there fails the test, whatever this table says.

export const ROLES = [
  "anonymous",
  "owner",
  "sameCohort",
  "otherCohort",
  "lead",
  "otherLead",
  "admin",
  "deactivated",
] as const;
export type Role = (typeof ROLES)[number];

export type Row = Record<Role, number> & { allowed: Role[] };

/** Routes anybody may use, signed in or not. */
export const PUBLIC_ROUTES = ["root", "routes/healthz", "routes/sign-in", "routes/sign-out"];

/** Who may see the owner's "shared with leads" canaries (besides the owner herself). */
export const SEES = { leadsCanaries: ["lead", "admin"] as Role[] };

/**
 * Cells whose job is to show what the leak scan otherwise forbids: "emails" (people's addresses, e.g. the admin's
 * list of people), "all-her-data" (her emails and every record of hers, private ones too: the admin's
 * subject-access export of one person).
 */
export const LEAK_EXCEPTIONS: Record<string, Partial<Record<Role, "emails" | "all-her-data">>> = {
  "GET /admin/audit-log": { admin: "emails" },
  "GET /admin/people": { admin: "emails" },
  "GET /admin/people/:userId": { admin: "emails" },
  "POST /admin/people/:userId intent=erase": { admin: "emails" },
  "GET /admin/people/:userId/export": { admin: "all-her-data" },
};

// prettier-ignore
export const EXPECTED: Record<string, Row> = {
  "GET / (root layout)": { anonymous: 200, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 200, allowed: ["anonymous", "deactivated", "owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /account": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /account/export": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /accreditation": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /accreditation/:cohortId": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 404, lead: 404, otherLead: 404, admin: 404, deactivated: 302, allowed: ["owner", "sameCohort"] },
  "GET /admin/audit-log": { anonymous: 302, owner: 403, sameCohort: 403, otherCohort: 403, lead: 403, otherLead: 403, admin: 200, deactivated: 302, allowed: ["admin"] },
  "GET /admin/overview": { anonymous: 302, owner: 403, sameCohort: 403, otherCohort: 403, lead: 403, otherLead: 403, admin: 200, deactivated: 302, allowed: ["admin"] },
  "GET /admin/people": { anonymous: 302, owner: 403, sameCohort: 403, otherCohort: 403, lead: 403, otherLead: 403, admin: 200, deactivated: 302, allowed: ["admin"] },
  "GET /admin/people/:userId": { anonymous: 302, owner: 403, sameCohort: 403, otherCohort: 403, lead: 403, otherLead: 403, admin: 200, deactivated: 302, allowed: ["admin"] },
  "GET /admin/people/:userId/export": { anonymous: 302, owner: 403, sameCohort: 403, otherCohort: 403, lead: 403, otherLead: 403, admin: 200, deactivated: 302, allowed: ["admin"] },
  "GET /audits": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /audits/:auditId": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /audits/:auditId/edit": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /audits/:auditId/ratings": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /audits/new": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 403, otherLead: 403, admin: 403, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort"] },
  "GET /cohorts": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /cohorts/:cohortId": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/accreditation": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/accreditation/:userId": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/accreditation/:userId/document": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /cohorts/:cohortId/accreditation/:userId/document.docx": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /cohorts/:cohortId/accreditation/:userId/document.pdf": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /cohorts/:cohortId/dashboard": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/export": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/export/:file": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/participants/:userId": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/tasks": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/tasks/:taskId": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/tasks/:taskId/edit": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/tasks/:taskId/responses/:responseId": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /cohorts/:cohortId/tasks/new": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["lead", "admin"] },
  "GET /evidence": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /evidence/:evidenceId/delete": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /evidence/:evidenceId/download": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /evidence/:evidenceId/edit": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /healthz": { anonymous: 200, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 200, allowed: ["anonymous", "deactivated", "owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /initiatives": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /initiatives/:initiativeId": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /initiatives/:initiativeId [private]": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 404, otherLead: 404, admin: 404, deactivated: 302, allowed: ["owner"] },
  "GET /initiatives/:initiativeId/actions/:actionId": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /initiatives/:initiativeId/actions/move": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /initiatives/:initiativeId/actions/new": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /initiatives/:initiativeId/evaluation": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /initiatives/:initiativeId/adaptations": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /initiatives/:initiativeId/edit": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /initiatives/:initiativeId/schools": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /initiatives/:initiativeId/status": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /initiatives/new": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 403, otherLead: 403, admin: 403, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort"] },
  "GET /programmes": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /programmes/:programmeId": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /records": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /records/:entryId/evidence/new": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /reflections": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /reflections/:reflectionId": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 200, otherLead: 404, admin: 200, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "GET /reflections/:reflectionId [private]": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 404, otherLead: 404, admin: 404, deactivated: 302, allowed: ["owner"] },
  "GET /reflections/:reflectionId/edit": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "GET /reflections/new": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 403, otherLead: 403, admin: 403, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort"] },
  "GET /sign-in": { anonymous: 200, owner: 302, sameCohort: 302, otherCohort: 302, lead: 302, otherLead: 302, admin: 302, deactivated: 200, allowed: ["anonymous", "deactivated", "owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /sign-out": { anonymous: 302, owner: 302, sameCohort: 302, otherCohort: 302, lead: 302, otherLead: 302, admin: 302, deactivated: 302, allowed: ["anonymous", "deactivated", "owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /tasks": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 200, lead: 200, otherLead: 200, admin: 200, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "GET /tasks/:taskId": { anonymous: 302, owner: 200, sameCohort: 200, otherCohort: 404, lead: 404, otherLead: 404, admin: 404, deactivated: 302, allowed: ["owner", "sameCohort"] },
  "POST /accreditation/:cohortId intent=save": { anonymous: 302, owner: 302, sameCohort: 302, otherCohort: 404, lead: 404, otherLead: 404, admin: 404, deactivated: 302, allowed: ["owner", "sameCohort"] },
  "POST /account intent=change-password": { anonymous: 302, owner: 400, sameCohort: 400, otherCohort: 400, lead: 400, otherLead: 400, admin: 400, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "POST /admin/people/:userId intent=erase": { anonymous: 302, owner: 403, sameCohort: 403, otherCohort: 403, lead: 403, otherLead: 403, admin: 400, deactivated: 302, allowed: ["admin"] },
  "POST /audits/:auditId intent=follow-up": { anonymous: 302, owner: 302, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /audits/:auditId/edit intent=save": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /audits/:auditId/ratings": { anonymous: 302, owner: 302, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /audits/new": { anonymous: 302, owner: 400, sameCohort: 400, otherCohort: 400, lead: 403, otherLead: 403, admin: 403, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort"] },
  "POST /cohorts/:cohortId/accreditation/:userId intent=approve": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 302, otherLead: 404, admin: 403, deactivated: 302, allowed: ["lead"] },
  "POST /cohorts/:cohortId/tasks/:taskId/edit": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 400, otherLead: 404, admin: 400, deactivated: 302, allowed: ["lead", "admin"] },
  "POST /cohorts/:cohortId/tasks/new": { anonymous: 302, owner: 404, sameCohort: 404, otherCohort: 404, lead: 400, otherLead: 404, admin: 400, deactivated: 302, allowed: ["lead", "admin"] },
  "POST /evidence/:evidenceId/edit": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /feedback intent=start": { anonymous: 302, owner: 403, sameCohort: 404, otherCohort: 404, lead: 303, otherLead: 404, admin: 303, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "POST /feedback intent=reply": { anonymous: 302, owner: 303, sameCohort: 404, otherCohort: 404, lead: 303, otherLead: 404, admin: 303, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "POST /feedback intent=resolve": { anonymous: 302, owner: 303, sameCohort: 404, otherCohort: 404, lead: 303, otherLead: 404, admin: 303, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "POST /feedback intent=reopen": { anonymous: 302, owner: 303, sameCohort: 404, otherCohort: 404, lead: 303, otherLead: 404, admin: 303, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "POST /feedback intent=mark-read": { anonymous: 302, owner: 303, sameCohort: 404, otherCohort: 404, lead: 303, otherLead: 404, admin: 303, deactivated: 302, allowed: ["owner", "lead", "admin"] },
  "POST /initiatives/:initiativeId intent=set-rag": { anonymous: 302, owner: 200, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId intent=move": { anonymous: 302, owner: 302, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/actions/:actionId intent=save": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/actions/move": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/actions/new": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/evaluation intent=save-level": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/edit": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/schools": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/status intent=override": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/status intent=clear": { anonymous: 302, owner: 302, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/new": { anonymous: 302, owner: 400, sameCohort: 400, otherCohort: 400, lead: 403, otherLead: 403, admin: 403, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort"] },
  "POST /records/:entryId/evidence/new": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /reflections/:reflectionId/edit intent=save": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /reflections/new": { anonymous: 302, owner: 400, sameCohort: 400, otherCohort: 400, lead: 403, otherLead: 403, admin: 403, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort"] },
  "POST /sign-in": { anonymous: 400, owner: 400, sameCohort: 400, otherCohort: 400, lead: 400, otherLead: 400, admin: 400, deactivated: 400, allowed: ["anonymous", "deactivated", "owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "POST /tasks/:taskId": { anonymous: 302, owner: 400, sameCohort: 400, otherCohort: 404, lead: 404, otherLead: 404, admin: 404, deactivated: 302, allowed: ["owner", "sameCohort"] },
  "POST /account intent=sign-out-everywhere": { anonymous: 302, owner: 302, sameCohort: 302, otherCohort: 302, lead: 302, otherLead: 302, admin: 302, deactivated: 302, allowed: ["owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
  "POST /audits/:auditId/edit intent=delete": { anonymous: 302, owner: 409, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /evidence/:evidenceId/delete": { anonymous: 302, owner: 302, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /initiatives/:initiativeId/actions/:actionId intent=delete": { anonymous: 302, owner: 400, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /reflections/:reflectionId/edit intent=delete": { anonymous: 302, owner: 302, sameCohort: 404, otherCohort: 404, lead: 403, otherLead: 404, admin: 403, deactivated: 302, allowed: ["owner"] },
  "POST /sign-out": { anonymous: 302, owner: 302, sameCohort: 302, otherCohort: 302, lead: 302, otherLead: 302, admin: 302, deactivated: 302, allowed: ["anonymous", "deactivated", "owner", "sameCohort", "otherCohort", "lead", "otherLead", "admin"] },
};
