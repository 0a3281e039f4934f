import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { getDb } from "~/db.server";
import { parseWithZod, SignInSchema } from "~/schemas/all.server";
import { requireAnonymous, signIn } from "~/utils/auth.server";
import { safeRedirect } from "~/utils/redirect.server";
import { logEvent } from "~/utils/log.server";
import { minutesInWords } from "~/utils/sign-in-throttle";
import { serializeSessionId } from "~/utils/session.server";
import { readFormData } from "~/utils/form-data.server";
import { useLazyValidation } from "~/components/lazy-validation";
import type { z } from "~/schemas/zod";

export const meta: MetaFunction = () => [{ title: "Sign in – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: SignInSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password } = submission.value;
  const result = await signIn(getDb(), { email, password, address: context.clientAddress ?? "unknown" });
  if (!result.ok && result.reason === "blocked") {
    logEvent("auth.sign_in.blocked");
    const message = `Too many failed attempts to sign in. Wait ${minutesInWords(result.retryAfterMs)}, then try again.`;
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: 429,
      headers: { "Retry-After": String(Math.ceil(result.retryAfterMs / 1000)) },
    });
  }
  if (!result.ok) {
    logEvent("auth.sign_in.failure");
    const message = "The email address or password is not right. Check them and try again.";
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), { status: 400 });
  }
  logEvent("auth.sign_in.success", { userId: result.userId });
  return redirect(safeRedirect(formData.get("redirectTo")), {
    headers: { "Set-Cookie": await serializeSessionId(result.sessionId) },
  });
}

export default function SignIn() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const validation = useLazyValidation(
    () => import("~/accounts/sign-in-schema"),
    (m) => m.SignInSchema,
    "onSubmit",
  );
  const [form, fields] = useForm<z.input<typeof SignInSchema>, z.output<typeof SignInSchema>>({
    id: "sign-in",
    lastResult,
    ...validation.options,
  });
  return (
    <div className="narrow">
      <h1>Sign in to Strands</h1>
      <p className="lead">
        Plan, record and evaluate your improvement initiative, and see your cohort&rsquo;s progress.
      </p>
      <ErrorSummary form={form} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps}>
        {/* The action checks this with safeRedirect on the server; .server code is not in the browser bundle. */}
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField field={fields.email} label="Email address" type="email" autoComplete="username" />
        <TextField field={fields.password} label="Password" type="password" autoComplete="current-password" />
        <button type="submit" className="button">
          Sign in
        </button>
      </Form>
    </div>
  );
}
