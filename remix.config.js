// STRANDS_BUILD_DIR lets several builds live side by side (parallel test runs); the default is the repo root.
const out = process.env.STRANDS_BUILD_DIR ?? ".";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  serverBuildPath: `${out}/build/index.js`,
  assetsBuildDirectory: `${out}/public/build`,
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
