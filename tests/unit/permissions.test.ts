import { describe, expect, it } from "vitest";
import { canEditEntry, canViewCohort, canViewEntry, type Viewer } from "~/utils/permissions.server";

function viewer(id: string, memberships: [string, "lead" | "participant"][], isAdmin = false): Viewer {
  return {
    id,
    email: `${id}@example.org`,
    name: id,
    isAdmin,
    memberships: memberships.map(([cohortId, role], i) => ({
      id: `${id}-${i}`,
      cohortId,
      cohortName: cohortId,
      programmeId: "p",
      role,
      track: role === "participant" ? "new" : null,
      trustId: role === "participant" ? "t" : null,
    })),
  };
}

const owner = viewer("owner", [["north", "participant"]]);
const sameCohort = viewer("peer", [["north", "participant"]]);
const otherCohort = viewer("far", [["west", "participant"]]);
const lead = viewer("lead", [["north", "lead"]]);
const otherLead = viewer("lead2", [["west", "lead"]]);
const admin = viewer("admin", [], true);
const leadAndParticipant = viewer("both", [
  ["west", "lead"],
  ["north", "participant"],
]);

const entry = (visibility: "private" | "leads" | "cohort") => ({ owner_id: "owner", cohort_id: "north", visibility });

describe("who may read a record", () => {
  const table: [string, Viewer, boolean, boolean, boolean][] = [
    // viewer, private, leads, cohort
    ["owner", owner, true, true, true],
    ["participant in the same cohort", sameCohort, false, false, true],
    ["participant in another cohort", otherCohort, false, false, false],
    ["lead of the record's cohort", lead, false, true, true],
    ["lead of another cohort", otherLead, false, false, false],
    ["programme admin", admin, false, true, true],
    ["lead elsewhere, participant here", leadAndParticipant, false, false, true],
  ];
  it.each(table)("%s", (_label, who, privateOk, leadsOk, cohortOk) => {
    expect(canViewEntry(who, entry("private"))).toBe(privateOk);
    expect(canViewEntry(who, entry("leads"))).toBe(leadsOk);
    expect(canViewEntry(who, entry("cohort"))).toBe(cohortOk);
  });
});

describe("who may change a record", () => {
  it("only its owner, while still a participant of its cohort", () => {
    for (const who of [sameCohort, otherCohort, lead, otherLead, admin, leadAndParticipant]) {
      expect(canEditEntry(who, entry("cohort"))).toBe(false);
    }
    expect(canEditEntry(owner, entry("private"))).toBe(true);
    const moved = viewer("owner", [["west", "participant"]]);
    expect(canEditEntry(moved, entry("private"))).toBe(false);
  });
});

describe("who may open a cohort's pages", () => {
  it("its leads and programme admins", () => {
    expect(canViewCohort(lead, "north")).toBe(true);
    expect(canViewCohort(admin, "north")).toBe(true);
    expect(canViewCohort(otherLead, "north")).toBe(false);
    expect(canViewCohort(owner, "north")).toBe(false);
  });
});
