import * as z from "~/schemas/zod";

// Admin data-protection forms: erasing a person is confirmed by typing their email address.

export const EraseSchema = z.object({
  intent: z.literal("erase"),
  confirmEmail: z
    .string({ error: "Enter the person’s email address to confirm" })
    .trim()
    .min(1, "Enter the person’s email address to confirm")
    .max(320, "Enter the person’s email address exactly as shown to confirm"),
});

/** The audit log's filter: one person's id, or everyone. */
export const AuditLogFilterSchema = z.object({
  person: z.string().trim().max(100).optional().catch(undefined),
});
