import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { getDb } from "~/db.server";
import { parseWithZod, SignInSchema } from "~/schemas/all.server";
import { requireAnonymous, safeRedirect, signIn } from "~/utils/auth.server";
import { logEvent } from "~/utils/log.server";
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
  if (!result.ok) {
    logEvent(result.reason === "blocked" ? "auth.sign_in.blocked" : "auth.sign_in.failure");
    const message =
      result.reason === "blocked"
        ? "Too many failed attempts to sign in. Wait 15 minutes, then try again."
        : "The email address or password is not right. Check them and try again.";
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: result.reason === "blocked" ? 429 : 400,
    });
  }
  logEvent("auth.sign_in.success", { userId: result.userId });
  return redirect(safeRedirect(formData.get("redirectTo")), {
    headers: { "Set-Cookie": await serializeSessionId(result.sessionId) },
  });
}

export default function SignIn() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const validation = useLazyValidation(() => import("~/schemas/auth"), (m) => m.SignInSchema, "onSubmit");
  const [form, fields] = useForm<z.input<typeof SignInSchema>, z.output<typeof SignInSchema>>({
    id: "sign-in",
    lastResult,
    ...validation.options,
  });
  return (
    <div className="narrow">
      <h1>Sign in to Strands</h1>
      <p className="lead">Plan, record and evaluate your improvement initiative, and see your cohort&rsquo;s progress.</p>
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
