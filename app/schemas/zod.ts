import { config } from "zod";

// zod probes `new Function` for speed; our CSP forbids eval, so tell it not to try (no CSP violation reports).
// In the browser the root layout sets this before any module runs (app/root.tsx); this covers the server.
config({ jitless: true });

// Import it as a namespace, `import * as z from "./zod"`: the browser bundle then keeps only the parts of zod the
// schemas use (about 26 KB gzip). `import { z }` would still work but brings all of zod, every locale and the JSON
// Schema converters with it (about 90 KB gzip on every page); tests/unit/js-budget.test.ts catches that.
export * from "zod";
