import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { getDb } from "~/db.server";
import { changePassword, countOwnSessions, signOutEverywhere } from "~/accounts/account.server";
import { ChangePasswordSchema, parseWithZod } from "~/schemas/all.server";
import { PASSWORD_MIN } from "~/schemas/values";
import { requireUser } from "~/utils/auth.server";
import { logEvent } from "~/utils/log.server";
import { minutesInWords } from "~/utils/sign-in-throttle";
import { clearSessionCookie, serializeSessionId } from "~/utils/session.server";
import { readFormData } from "~/utils/form-data.server";
import { useLazyValidation } from "~/components/lazy-validation";
import type { z } from "~/schemas/zod";

export const meta: MetaFunction = () => [{ title: "Your account – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { name: user.name, email: user.email, sessions: await countOwnSessions(getDb(), user) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readFormData(request);
  if (formData.get("intent") === "sign-out-everywhere") {
    await signOutEverywhere(getDb(), user);
    logEvent("auth.sign_out", { userId: user.id, everywhere: true });
    return redirect("/sign-in", { headers: { "Set-Cookie": await clearSessionCookie() } });
  }
  const submission = parseWithZod(formData, { schema: ChangePasswordSchema });
  const hidden = { hideFields: ["currentPassword", "newPassword", "confirmPassword"] };
  if (submission.status !== "success") return data(submission.reply(hidden), { status: 400 });
  const result = await changePassword(getDb(), user, {
    ...submission.value,
    address: context.clientAddress ?? "unknown",
  });
  if (!result.ok && result.reason === "weak-password") {
    return data(submission.reply({ ...hidden, fieldErrors: { newPassword: [result.message] } }), { status: 400 });
  }
  if (!result.ok) {
    const message =
      result.reason === "blocked"
        ? `Too many wrong passwords. Wait ${minutesInWords(result.retryAfterMs)}, then try again.`
        : "Your current password is not right";
    return data(submission.reply({ ...hidden, fieldErrors: { currentPassword: [message] } }), {
      status: result.reason === "blocked" ? 429 : 400,
    });
  }
  return redirect("/account?changed=1", { headers: { "Set-Cookie": await serializeSessionId(result.sessionId) } });
}

export default function Account() {
  const { name, email, sessions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const validation = useLazyValidation(
    () => import("~/accounts/schema"),
    (m) => m.ChangePasswordSchema,
    "onSubmit",
  );
  const [form, fields] = useForm<z.input<typeof ChangePasswordSchema>, z.output<typeof ChangePasswordSchema>>({
    id: "password",
    lastResult,
    ...validation.options,
  });
  return (
    <div className="narrow">
      <h1>Your account</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Name</dt>
          <dd>{name}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Email address</dt>
          <dd>{email}</dd>
        </div>
      </dl>
      {searchParams.get("changed") ? (
        <p className="notice" role="status">
          Your password has been changed. You have been signed out everywhere else.
        </p>
      ) : null}

      <h2>Change your password</h2>
      <ErrorSummary
        form={form}
        labels={{
          currentPassword: "Current password",
          newPassword: "New password",
          confirmPassword: "Confirm new password",
        }}
      />
      <Form method="post" {...getFormProps(form)} {...validation.formProps}>
        <TextField
          field={fields.currentPassword}
          label="Current password"
          type="password"
          autoComplete="current-password"
        />
        <TextField
          field={fields.newPassword}
          label="New password"
          hint={`At least ${PASSWORD_MIN} characters. Three or four unrelated words make a strong password that is easy to remember. Do not use your name, your email address or a common password.`}
          type="password"
          autoComplete="new-password"
        />
        <TextField
          field={fields.confirmPassword}
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button">
          Change password
        </button>
      </Form>

      <h2>Your data</h2>
      <p>
        Download a copy of everything Strands holds about you: your records, evidence files, accreditation work and the
        record of who has viewed or exported your data. It comes as a zip with a README that explains each file.
      </p>
      <p>
        <a className="button button--secondary" href="/account/export" download>
          Download all your data
        </a>
      </p>

      <h2>Where you are signed in</h2>
      <p>
        You are signed in on {sessions} {sessions === 1 ? "device or browser" : "devices or browsers"}. If you used
        Strands on a shared computer, sign out everywhere.
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="sign-out-everywhere" />
        <button type="submit" className="button button--secondary">
          Sign out everywhere
        </button>
      </Form>
    </div>
  );
}
