import * as z from "~/schemas/zod";
import { idList, oneOf } from "~/schemas/common";
import { EVALUATION_METHODS, FINDINGS_MAX, IMPACT_JUDGEMENTS, JUDGEMENTS, LOOKED_FOR_MAX } from "./values";

// The words and values of evaluation live in ./evaluation-values (no zod there); the schema of the form is here.
export * from "./values";

/**
 * Saving one level of an initiative's evaluation. `evidenceIds` must be the initiative's own evidence. Every
 * field may be left empty (a level can be started and finished later), but a judgement of impact needs what
 * was found, so the claim can be read.
 */
export function evaluationLevelSchema({ evidenceIds }: { evidenceIds: readonly string[] }) {
  return z
    .object({
      level: z.coerce
        .number({ error: "Choose a level from 1 to 5" })
        .int("Choose a level from 1 to 5")
        .min(1, "Choose a level from 1 to 5")
        .max(5, "Choose a level from 1 to 5"),
      lookedFor: optionalText("What you looked for", LOOKED_FOR_MAX),
      methods: z
        .array(oneOf(EVALUATION_METHODS, "Choose methods from the list"), { error: "Choose methods from the list" })
        .max(EVALUATION_METHODS.length, "Choose methods from the list")
        .default([])
        .transform((methods) => [...new Set(methods)]),
      findings: optionalText("What you found", FINDINGS_MAX),
      judgement: oneOf(JUDGEMENTS, "Choose a judgement"),
      evidenceIds: idList(evidenceIds, "Choose evidence from this initiative"),
    })
    .refine((value) => !IMPACT_JUDGEMENTS.includes(value.judgement) || value.findings.length > 0, {
      path: ["findings"],
      message: "Enter what you found, so others can see what the judgement of impact rests on",
      when: ({ value }) => {
        const v = value as { judgement?: unknown; findings?: unknown };
        return typeof v.findings === "string" && (JUDGEMENTS as readonly unknown[]).includes(v.judgement);
      },
    });
}

export type EvaluationLevelInput = z.infer<ReturnType<typeof evaluationLevelSchema>>;

function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .default("");
}
