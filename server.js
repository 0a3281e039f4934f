// The Express server: security middleware around the Remix request handler (docs/decisions/0002).
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import express from "express";
import rateLimit from "express-rate-limit";
import helmet from "helmet";

process.env.NODE_ENV ??= "production";
// `npm start` asks for the demo cohorts with --demo; `npm run serve` (a real deployment) never gets them by default.
if (process.argv.includes("--demo")) process.env.STRANDS_DEMO = "on";
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, process.env.STRANDS_BUILD_DIR ?? ".");
const build = await import(pathToFileURL(path.join(out, "build/index.js")).href);
const {
  prepareDatabase,
  getEnv,
  isSameOriginRequest,
  rejectUnacceptableWrite,
  requestHost,
  createRemixHandler,
  logEvent,
} = build.entry.module;

const env = getEnv();
// The demo seed is a bundle of its own (scripts/build.mjs), read only when an empty database is to get the demo.
await prepareDatabase(() => import(pathToFileURL(path.join(out, "build/demo-seed.js")).href));

const app = express();
app.disable("x-powered-by");
// Behind a proxy (TRUST_PROXY), the client's address, scheme and host come from its X-Forwarded-* headers.
app.set("trust proxy", env.TRUST_PROXY);

app.use((req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'strict-dynamic'", (req, res) => `'nonce-${res.locals.cspNonce}'`],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "upgrade-insecure-requests": env.NODE_ENV === "production" && env.STRANDS_HTTPS ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
    frameguard: { action: "deny" },
  }),
);
app.use((req, res, next) => {
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  next();
});

// Remix 2 checks the origin of no-JavaScript document posts only; this covers fetchers, single-fetch
// (.data) and resource routes too: any non-GET whose Origin or Sec-Fetch-Site says cross-site is refused.
app.use((req, res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  if (isSameOriginRequest(req.headers, req.protocol, requestHost(req))) return next();
  logEvent("csrf.rejected", { method: req.method, path: req.path });
  res.status(403).type("text/plain").send("Cross-site requests are not allowed.");
});

app.use((req, res, next) => {
  const refusal = rejectUnacceptableWrite(req.method, req.headers);
  if (!refusal) return next();
  res.status(refusal.status).type("text/plain").send(refusal.message);
});

app.use(
  rateLimit({
    windowMs: 60 * 1000,
    limit: env.STRANDS_WRITE_LIMIT_PER_MINUTE,
    skip: (req) => ["GET", "HEAD", "OPTIONS"].includes(req.method),
    standardHeaders: "draft-8",
    legacyHeaders: false,
    message: "Too many requests. Wait a minute and try again.",
  }),
);

app.use("/build", express.static(path.join(out, "public/build"), { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(here, "public"), { maxAge: "1h" }));

app.all(
  "*",
  createRemixHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip ?? "unknown" }),
  }),
);

const port = env.PORT;
const server = app.listen(port, () => {
  console.log(`Strands is ready on http://localhost:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
