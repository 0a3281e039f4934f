import { z } from "zod";

// zod probes `new Function` for speed; our CSP forbids eval, so tell it not to try (no CSP violation reports).
z.config({ jitless: true });

export { z };
