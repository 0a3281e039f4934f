import * as z from "~/schemas/zod";

export const SignInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .max(320, "Email address must be 320 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the right format, like name@example.org" })),
  // Long passphrases are welcome; the cap only stops megabyte-sized bodies reaching the hash.
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(256, "Password must be 256 characters or fewer"),
});
