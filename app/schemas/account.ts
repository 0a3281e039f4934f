import * as z from "./zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./values";

export { PASSWORD_MAX, PASSWORD_MIN } from "./values";

// A few passwords people reach for first; long enough to pass the length rule, still guessed in seconds.
const TOO_COMMON = new Set([
  "password1234",
  "password12345",
  "passwordpassword",
  "123456789012",
  "qwertyuiopas",
  "letmeinletmein",
  "iloveyou1234",
  "mathsmathsmaths",
  "maths-hub-demo",
]);

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, "Enter your current password")
      .max(256, "Enter your current password"),
    newPassword: z
      .string({ error: "Enter a new password" })
      .min(PASSWORD_MIN, `Your new password must be at least ${PASSWORD_MIN} characters`)
      .max(PASSWORD_MAX, `Your new password must be ${PASSWORD_MAX} characters or fewer`)
      .refine((p) => !TOO_COMMON.has(p.toLowerCase()), "That password is too easy to guess. Try a few unrelated words"),
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
