import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/utils/auth.server";
import { logEvent } from "~/utils/log.server";
import { clearSessionCookie } from "~/utils/session.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  await signOut(request);
  logEvent("auth.sign_out");
  return redirect("/sign-in", { headers: { "Set-Cookie": await clearSessionCookie() } });
}
