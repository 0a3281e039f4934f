import { expect, test, type APIRequestContext } from "@playwright/test";

// The real production server, spoken to over HTTP: headers, cookies, and refusals of cross-site writes.

async function signInCookie(request: APIRequestContext, baseURL: string, email: string): Promise<string> {
  const response = await request.post("/sign-in", {
    form: { email, password: "maths-hub-demo", redirectTo: "/" },
    headers: { Origin: baseURL, "Sec-Fetch-Site": "same-origin" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const setCookie = response.headers()["set-cookie"];
  expect(setCookie).toBeTruthy();
  return setCookie.split(";")[0];
}

test("every page carries the security headers and a fresh CSP nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/sign-in", "/sign-in", "/no-such-page"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    nonces.add(nonce ?? "");
    const body = await response.text();
    for (const script of body.match(/<script[^>]*>/g) ?? []) expect(script).toContain(`nonce="${nonce}"`);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["strict-transport-security"]).toMatch(/max-age=31536000/);
    expect(headers["x-powered-by"]).toBeUndefined();
    expect(headers["content-type"]).toMatch(/charset=utf-8/i);
  }
  expect(nonces.size).toBe(3);
});

test("the session cookie is __Host-, Secure, HttpOnly and SameSite=Lax in production", async ({ request, baseURL }) => {
  const response = await request.post("/sign-in", {
    form: { email: "participant@example.org", password: "maths-hub-demo", redirectTo: "/" },
    headers: { Origin: baseURL ?? "" },
    maxRedirects: 0,
  });
  const cookie = response.headers()["set-cookie"];
  expect(cookie).toMatch(/^__Host-strands_session=/);
  expect(cookie).toMatch(/; Secure/i);
  expect(cookie).toMatch(/; HttpOnly/i);
  expect(cookie).toMatch(/; SameSite=Lax/i);
  expect(cookie).toMatch(/; Path=\//i);
  expect(cookie).not.toMatch(/Domain=/i);
});

test("cross-site writes are refused on document, single-fetch and resource requests; same-origin ones work", async ({
  request,
  baseURL,
}) => {
  const cookie = await signInCookie(request, baseURL ?? "", "participant@example.org");
  const attempts: Record<string, string>[] = [
    { Origin: "https://evil.example" },
    { "Sec-Fetch-Site": "cross-site" },
    { "Sec-Fetch-Site": "same-site", Origin: baseURL ?? "" },
    { Origin: "null" },
  ];
  for (const headers of attempts) {
    for (const path of ["/sign-out", "/sign-out.data", "/initiatives/new.data", "/healthz"]) {
      const response = await request.post(path, {
        form: { x: "1" },
        headers: { Cookie: cookie, ...headers },
        maxRedirects: 0,
      });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
  }
  // Still signed in: none of the refused sign-outs happened.
  const home = await request.get("/", { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(home.status()).toBe(200);

  const signOut = await request.post("/sign-out", {
    form: {},
    headers: { Cookie: cookie, Origin: baseURL ?? "", "Sec-Fetch-Site": "same-origin" },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBe(302);
  const after = await request.get("/", { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(after.status()).toBe(302);
});

test("bodies that are not forms get 415, oversized ones 413, never 500", async ({ request, baseURL }) => {
  const cookie = await signInCookie(request, baseURL ?? "", "participant2@example.org");
  const json = await request.post("/initiatives/new", {
    data: { title: "x" },
    headers: { Cookie: cookie, Origin: baseURL ?? "" },
  });
  expect(json.status()).toBe(415);
  const text = await request.post("/initiatives/new", {
    data: "title=x",
    headers: { Cookie: cookie, Origin: baseURL ?? "", "Content-Type": "text/plain" },
  });
  expect(text.status()).toBe(415);
  const huge = await request.post("/initiatives/new", {
    form: { title: "x".repeat(3 * 1024 * 1024) },
    headers: { Cookie: cookie, Origin: baseURL ?? "" },
  });
  expect(huge.status()).toBe(413);
  const noAction = await request.post("/cohorts", {
    form: { a: "1" },
    headers: { Cookie: cookie, Origin: baseURL ?? "" },
  });
  expect(noAction.status()).toBe(405);
});

test("pages for signed-in people are not cached, and unknown pages are a plain 404", async ({ request, baseURL }) => {
  const cookie = await signInCookie(request, baseURL ?? "", "lead@example.org");
  const home = await request.get("/", { headers: { Cookie: cookie } });
  expect(home.headers()["cache-control"]).toBe("no-store");
  const missing = await request.get("/no/such/page", { headers: { Cookie: cookie } });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toMatch(/at .*\.js:\d+/);
});
