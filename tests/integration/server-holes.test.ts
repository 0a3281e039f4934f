// What one request can do to a running server (issue: "one signed-out request can freeze or crash the server"),
// tried against the production server as an attacker would: over HTTP, signed out, with forged headers.
// SQLite only: nothing here depends on the database.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FORM_ENTRIES, MAX_REPEATS_OF_ONE_NAME } from "~/utils/form-data.server";
import { MAX_FORM_BODY_BYTES, MAX_MULTIPART_BODY_BYTES } from "~/utils/security.server";
import { THROTTLE_POLICIES } from "~/utils/sign-in-throttle";
import { DEMO_PASSWORD } from "../../db/seed/demo";
import { TMP_DIR } from "../setup/databases";
import { demoCohorts } from "../../db/seed/demo-data";
import { ensureBuild, kill, removeOwnBuild, type RunningServer, startServer } from "./built-server";

const onSqlite = process.env.STRANDS_TEST_DB !== "postgres";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
}

function request(
  server: RunningServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: server.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

function postForm(server: RunningServer, path: string, body: string, headers: Record<string, string> = {}) {
  return request(server, {
    method: "POST",
    path,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": String(Buffer.byteLength(body)),
      ...headers,
    },
    body,
  });
}

function multipart(fields: [string, string][], boundary = "----strands-test-boundary"): { body: string; type: string } {
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { body: parts.join("") + `--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Streams a chunked body (no Content-Length) of up to `totalBytes`, as fast as the server takes it, and stops as
 * soon as the server answers. Resolves with the answer and how much had been sent by then. A keep-alive connection,
 * as a browser's: with `Connection: close` the server would close it the moment it has answered.
 */
function streamChunked(
  server: RunningServer,
  path: string,
  contentType: string,
  totalBytes: number,
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    const agent = new http.Agent({ keepAlive: true });
    let sent = 0;
    let answered = false;
    const req = http.request(
      {
        host: "127.0.0.1",
        port: server.port,
        method: "POST",
        path,
        agent,
        headers: { "Content-Type": contentType, "Transfer-Encoding": "chunked" },
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), sent });
          req.destroy();
          agent.destroy();
        });
      },
    );
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

/** The most memory the server process has held since it started (VmHWM), in MB. */
function peakRssMb(server: RunningServer): number {
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

async function healthy(server: RunningServer): Promise<boolean> {
  return (await request(server, { path: "/healthz" })).status === 200;
}

const dir = path.join(TMP_DIR, `holes-${randomUUID()}`);

afterAll(() => {
  removeOwnBuild();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!onSqlite)("a server started for real (npm run serve) on an empty database", () => {
  let server: RunningServer;
  const file = path.join(dir, "empty.db");

  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    server = await startServer(file, dir);
  });
  afterAll(() => kill(server));

  it("creates no demo account, and says so when it starts", () => {
    expect(server.output()).toMatch(/Demo data: off\./);
    const sqlite = new SQLite(file, { readonly: true });
    try {
      expect(sqlite.prepare("select count(*) as n from users").get()).toEqual({ n: 0 });
      expect((sqlite.prepare("select count(*) as n from programmes").get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      sqlite.close();
    }
  });

  it("carries no demo data in its bundle: the demo seed is built apart and read only to seed", () => {
    const build = path.resolve(ensureBuild(), "build");
    const demoName = demoCohorts[0]!.participants[0]!.name;
    expect(fs.readFileSync(path.join(build, "demo-seed.js"), "utf8")).toContain(demoName);
    expect(fs.readFileSync(path.join(build, "index.js"), "utf8")).not.toContain(demoName);
  });

  describe("forms with more fields than any form here", () => {
    const repeated = (n: number) => Array.from({ length: n }, () => "x=1").join("&");

    it("are refused before they are parsed, counted not timed: the limit passes, one more field does not", async () => {
      // At the limit the form reaches the sign-in action, which answers about the missing email (400).
      const atLimit = await postForm(
        server,
        "/sign-in",
        Array.from({ length: MAX_FORM_ENTRIES }, (_, i) => `f${i}=1`).join("&"),
      );
      expect(atLimit.status).toBe(400);
      expect(atLimit.body).toContain("Enter your email address");
      const overLimit = await postForm(
        server,
        "/sign-in",
        Array.from({ length: MAX_FORM_ENTRIES + 1 }, (_, i) => `f${i}=1`).join("&"),
      );
      expect(overLimit.status).toBe(413);
      expect(overLimit.body).toBe("That form has more fields than any form here allows.");
    });

    it("150,000 repeats of one name (1.2 MB, under the size limit) are refused at once, urlencoded and multipart alike", async () => {
      const urlencoded = await postForm(server, "/sign-in", repeated(150_000));
      expect(urlencoded.status).toBe(413);
      const form = multipart(Array.from({ length: 150_000 }, () => ["x", "1"] as [string, string]));
      expect(Buffer.byteLength(form.body)).toBeLessThan(MAX_MULTIPART_BODY_BYTES);
      const parts = await request(server, {
        method: "POST",
        path: "/sign-in",
        headers: { "Content-Type": form.type, "Content-Length": String(Buffer.byteLength(form.body)) },
        body: form.body,
      });
      expect(parts.status).toBe(413);
      expect(await healthy(server)).toBe(true);
    });

    it(`repeating one name more than ${MAX_REPEATS_OF_ONE_NAME} times is refused with 400 before the form is read`, async () => {
      const allowed = await postForm(server, "/sign-in", repeated(MAX_REPEATS_OF_ONE_NAME));
      expect(allowed.body).toContain("Enter your email address");
      const refused = await postForm(server, "/sign-in", repeated(MAX_REPEATS_OF_ONE_NAME + 1));
      expect(refused.status).toBe(400);
      expect(refused.body).toContain("That form repeats a field more often than any form here allows.");
      expect(refused.body).not.toContain("Enter your email address");
    });
  });

  describe("bodies past their limit, streamed without a Content-Length", () => {
    it("300 MB to /sign-in is cut off with 413 soon after 2 MB, and the server stays up with its memory bounded", async () => {
      const before = peakRssMb(server);
      const answer = await streamChunked(server, "/sign-in", "application/x-www-form-urlencoded", 300 * 1024 * 1024);
      expect(answer.status).toBe(413);
      expect(answer.body).toBe("That submission is too large.");
      expect(answer.sent).toBeLessThan(64 * 1024 * 1024);
      expect(answer.sent).toBeGreaterThan(MAX_FORM_BODY_BYTES);
      expect(await healthy(server)).toBe(true);
      expect(peakRssMb(server) - before).toBeLessThan(48);
    });

    it("300 MB of multipart to an upload route is cut off with 413 soon after its 11 MB limit", async () => {
      const before = peakRssMb(server);
      const answer = await streamChunked(
        server,
        `/records/${randomUUID()}/evidence/new`,
        "multipart/form-data; boundary=x",
        300 * 1024 * 1024,
      );
      expect(answer.status).toBe(413);
      expect(answer.sent).toBeLessThan(MAX_MULTIPART_BODY_BYTES + 64 * 1024 * 1024);
      expect(await healthy(server)).toBe(true);
      expect(peakRssMb(server) - before).toBeLessThan(64);
    });

    it("a compressed body is refused: its limit could not hold for what it expands to", async () => {
      const answer = await request(server, {
        method: "POST",
        path: "/sign-in",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Encoding": "gzip",
          "Content-Length": "4",
        },
        body: "abcd",
      });
      expect(answer.status).toBe(415);
    });
  });

  it("answers a form sent to a page with no action in plain words, naming no internal route", async () => {
    for (const target of ["/programmes", "/programmes.data"]) {
      const answer = await postForm(server, target, "a=1");
      expect(answer.status).toBe(405);
      expect(answer.body).not.toMatch(/did not provide an `action`|for route \\?"routes\//);
      expect(answer.body).toContain("This page does not take form submissions.");
    }
  });

  it("serves no benchmark fixture", async () => {
    expect((await request(server, { path: "/bench/ceiling" })).status).toBe(404);
  });

  it("ignores X-Forwarded-* headers from a client it was not told to trust", async () => {
    // A forged X-Forwarded-For does not give each guess a fresh address...
    const address = (i: number) => ({ "X-Forwarded-For": `203.0.113.${i}` });
    for (let i = 0; i < THROTTLE_POLICIES.pair.freeFailures; i++) {
      expect(
        (await postForm(server, "/sign-in", "email=someone%40example.org&password=wrong", address(i))).status,
      ).toBe(400);
    }
    expect((await postForm(server, "/sign-in", "email=someone%40example.org&password=wrong", address(99))).status).toBe(
      429,
    );
    // ...and a forged X-Forwarded-Host does not make a cross-site post look same-site.
    const forged = await postForm(server, "/sign-in", "email=a%40example.org&password=x", {
      Origin: "https://evil.example",
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-Proto": "https",
    });
    expect(forged.status).toBe(403);
  });
});

describe.skipIf(!onSqlite)(
  "behind a reverse proxy (TRUST_PROXY=loopback), with the demo asked for by npm start's --demo",
  () => {
    let server: RunningServer;
    const file = path.join(dir, "proxied.db");

    beforeAll(async () => {
      fs.mkdirSync(dir, { recursive: true });
      // The per-file copy of the demo-seeded template: the demo is on it already, so start-up adds nothing.
      fs.copyFileSync(process.env.DATABASE_URL!, file);
      server = await startServer(file, dir, { TRUST_PROXY: "loopback" }, ["--demo"]);
    });
    afterAll(() => kill(server));

    const proxied = (client: string, extra: Record<string, string> = {}) => ({
      "X-Forwarded-For": client,
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Host": "strands.example.org",
      ...extra,
    });

    it("says the demo was asked for", () => {
      expect(server.output()).toMatch(/Demo data: on/);
    });

    it("accepts a same-site post when TLS ends at the proxy, and refuses a cross-site one", async () => {
      const sameSite = await postForm(
        server,
        "/sign-in",
        "email=a%40example.org&password=x",
        proxied("198.51.100.1", { Origin: "https://strands.example.org" }),
      );
      expect(sameSite.status).toBe(400);
      const crossSite = await postForm(
        server,
        "/sign-in",
        "email=a%40example.org&password=x",
        proxied("198.51.100.1", { Origin: "https://evil.example" }),
      );
      expect(crossSite.status).toBe(403);
      const wrongScheme = await postForm(
        server,
        "/sign-in",
        "email=a%40example.org&password=x",
        proxied("198.51.100.1", { Origin: "http://strands.example.org" }),
      );
      expect(wrongScheme.status).toBe(403);
    });

    it("counts failures per client address, so one client's guesses never slow another", async () => {
      const guess = (client: string, password: string) =>
        postForm(
          server,
          "/sign-in",
          `email=participant%40example.org&password=${encodeURIComponent(password)}`,
          proxied(client, { Origin: "https://strands.example.org" }),
        );
      for (let i = 0; i < THROTTLE_POLICIES.pair.freeFailures; i++)
        expect((await guess("203.0.113.50", "wrong")).status).toBe(400);
      expect((await guess("203.0.113.50", DEMO_PASSWORD)).status).toBe(429);
      const owner = await guess("198.51.100.77", DEMO_PASSWORD);
      expect(owner.status).toBe(302);
      // The proxy said https: the session cookie is Secure and bound to the host (__Host-).
      expect(String(owner.headers["set-cookie"])).toMatch(/^__Host-strands_session=.*; Secure/i);
    });

    it("sends each security header once, a download's stricter policy instead of the page's", async () => {
      const signIn = await postForm(
        server,
        "/sign-in",
        `email=participant%40example.org&password=${DEMO_PASSWORD}`,
        proxied("198.51.100.78"),
      );
      const cookie = String(signIn.headers["set-cookie"]).split(";")[0];
      const count = (answer: Answer, name: string) =>
        answer.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === name).length;
      const page = await request(server, { path: "/", headers: { ...proxied("198.51.100.78"), Cookie: cookie } });
      const download = await request(server, {
        path: "/account/export",
        headers: { ...proxied("198.51.100.78"), Cookie: cookie },
      });
      expect(page.status).toBe(200);
      expect(download.status).toBe(200);
      expect(download.headers["content-type"]).toBe("application/zip");
      for (const answer of [page, download]) {
        for (const name of [
          "content-security-policy",
          "x-content-type-options",
          "referrer-policy",
          "x-frame-options",
          "permissions-policy",
        ]) {
          expect(count(answer, name), `${name} on ${answer.headers["content-type"]}`).toBe(1);
        }
      }
      expect(download.headers["content-security-policy"]).toBe("sandbox; default-src 'none'");
      expect(page.headers["content-security-policy"]).toMatch(/script-src 'strict-dynamic' 'nonce-/);
    });
  },
);
