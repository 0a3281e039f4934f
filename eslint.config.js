// ESLint (flat config): typescript-eslint's recommended rules and React's hooks rules, plus the import rules that
// keep server code out of the browser and the demo and tests out of the app (docs/decisions/0014).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/",
      "public/build/",
      ".builds/",
      "data/",
      "tests/.tmp/",
      "test-results/",
      "playwright-report/",
      "bench/data/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // A component runs in the browser: it may name a server module's types, never import its code. Route modules,
    // the root and the server entry are the exceptions: Remix keeps their loaders and actions on the server.
    files: ["app/**/*.tsx"],
    ignores: ["app/routes/**", "app/root.tsx", "app/entry.server.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "\\.server(\\.tsx?)?$",
              allowTypeImports: true,
              message: "A .tsx may import a .server module only with `import type`.",
            },
            { regex: "^(\\.\\./)+(tests|db/seed)(/|$)", message: "App code never imports tests or the demo seeds." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(\\.\\./)+(tests|db/seed)(/|$)", message: "App code never imports tests or the demo seeds." },
          ],
        },
      ],
    },
  },
  {
    // Sizes a reader can hold in mind: a file of one concern, a function of one idea (docs/decisions/0012).
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "max-lines": ["error", { max: 500 }],
      "max-lines-per-function": ["error", { max: 120, IIFEs: true }],
    },
  },
  {
    // Migrations are frozen in time on Kysely<any>: they never see today's schema types (db/migrations/0001_initial.ts).
    files: ["db/migrations/**", "db/migrator.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Tests reach into whatever a loader returns.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
