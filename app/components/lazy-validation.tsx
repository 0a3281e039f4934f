import type { Submission } from "@conform-to/react";
import { useEffect, useRef, useState } from "react";
import type { z } from "~/schemas/zod";

// Browser-side checks of a form, loaded after the page is interactive. zod and conform's zod adapter are about
// 30 KB gzip; loading them with the page would put every form page over the 120 KB first-load budget
// (bench/js-budget.ts). Until the schema arrives the form posts as it does without JavaScript and the server
// answers with the same schema's messages, so nothing is lost; once it has arrived, errors show on submit and
// clear as the person types.

// Any form's submission: this hook serves every form, whatever its schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySubmission = Submission<any, string[], any>;

export interface LazyValidation {
  /** Spread into `useForm`: checks on submit, then again on input once a field has shown an error. */
  options: {
    shouldValidate: "onSubmit";
    shouldRevalidate: "onInput" | "onSubmit";
    onValidate: ((context: { formData: FormData }) => AnySubmission) | undefined;
  };
  /** Spread onto the <Form>: `data-validation="ready"` once the browser can check it (tests wait for this). */
  formProps: { "data-validation": "ready" | "pending" };
}

/**
 * `load` imports the schema's module with `import()` (so the bundler splits it off the page); `pick` builds the
 * schema from it, and is read afresh at each check, so schemas made from props stay current. `revalidate` is
 * when a field that has shown an error is checked again: as the person types (the default), or on submit.
 */
export function useLazyValidation<Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => z.ZodType,
  revalidate: "onInput" | "onSubmit" = "onInput",
): LazyValidation {
  const [validate, setValidate] = useState<((formData: FormData) => AnySubmission) | undefined>(undefined);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  const loadRef = useRef(load);
  useEffect(() => {
    let mounted = true;
    Promise.all([loadRef.current(), import("@conform-to/zod/v4")])
      .then(([module, { parseWithZod }]) => {
        if (!mounted) return;
        setValidate(() => (formData: FormData) => parseWithZod(formData, { schema: pickRef.current(module) }));
      })
      // A failed download (offline, a new deployment) leaves the form checked by the server, as without JavaScript.
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, []);
  return {
    options: {
      shouldValidate: "onSubmit",
      // Revalidating on input before the schema is here would post the form to the server at each keystroke.
      shouldRevalidate: validate ? revalidate : "onSubmit",
      onValidate: validate ? ({ formData }) => validate(formData) : undefined,
    },
    formProps: { "data-validation": validate ? "ready" : "pending" },
  };
}
