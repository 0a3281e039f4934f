import * as z from "~/schemas/zod";
import { PASSWORD_MESSAGES, passwordPatternProblem } from "~/accounts/password-rules";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/schemas/values";

export { PASSWORD_MAX, PASSWORD_MIN } from "~/schemas/values";

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, "Enter your current password")
      .max(256, "Enter your current password"),
    newPassword: z
      .string({ error: "Enter a new password" })
      .min(PASSWORD_MIN, PASSWORD_MESSAGES.tooShort)
      .max(PASSWORD_MAX, PASSWORD_MESSAGES.tooLong)
      // The rules that need only the password (only spaces, our name, repeats, runs), here so that the browser
      // can say so at once. The person's own name and email and the list of common and leaked passwords are
      // checked on the server, by changePassword (app/accounts/password-policy.server.ts): the list never comes here.
      .superRefine((password, ctx) => {
        if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return;
        const problem = passwordPatternProblem(password);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    confirmPassword: z.string({ error: "Type your new password again" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match",
    when: ({ value }) => {
      const v = value as { newPassword?: unknown; confirmPassword?: unknown };
      return typeof v.newPassword === "string" && typeof v.confirmPassword === "string";
    },
  });
