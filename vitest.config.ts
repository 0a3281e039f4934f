import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "~": path.resolve(import.meta.dirname, "app") };

// Integration tests run on SQLite always, and on PostgreSQL too when TEST_DATABASE_URL is set (.ci/run sets it).
const databases = ["sqlite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node" as const,
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      ...databases.map((database) => ({
        resolve: { alias },
        test: {
          name: database,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node" as const,
          env: { STRANDS_TEST_DB: database, SESSION_SECRET: "test-secret-for-signing-cookies" },
          globalSetup: [`tests/setup/global-setup.${database}.ts`],
          setupFiles: ["tests/setup/per-file-database.ts", "tests/setup/fail-on-console-error.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
