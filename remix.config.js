// STRANDS_BUILD_DIR lets several builds live side by side (parallel test runs); the default is the repo root.
const out = process.env.STRANDS_BUILD_DIR ?? ".";

// The bench's framework ceiling page (bench/routes) is built only into the bench's own build, never into one
// that is deployed (docs/decisions/0008-benchmarks.md).
const benchRoutes = process.env.STRANDS_BENCH_ROUTES === "1";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  serverBuildPath: `${out}/build/index.js`,
  assetsBuildDirectory: `${out}/public/build`,
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  serverDependenciesToBundle: [],
  routes: benchRoutes
    ? (defineRoutes) =>
        defineRoutes((route) => route("bench/ceiling", "../bench/routes/bench.ceiling.tsx", { id: "bench-ceiling" }))
    : undefined,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
