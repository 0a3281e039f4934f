import { data, redirect } from "@remix-run/node";
import { parseWithZod } from "~/schemas/all.server";
import type * as z from "~/schemas/zod";
import { InputError } from "~/utils/errors.server";

// How the two criterion forms (a participant's work, a lead's review) are answered: each form says which criterion
// it is for, so its errors come back beside that criterion only. A submission that breaks the schema, or a rule
// only the model can check (its InputError), comes back with 400; a saved one redirects to where `save` says.

export async function answerCriterionForm<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  save: (value: z.output<Schema>, criterionId: string) => Promise<string>,
) {
  const criterionId = String(formData.get("criterionId") ?? "");
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ criterionId, result: submission.reply() }, { status: 400 });
  try {
    return redirect(await save(submission.value, criterionId));
  } catch (error) {
    if (error instanceof InputError) {
      return data({ criterionId, result: submission.reply({ fieldErrors: error.fieldErrors }) }, { status: 400 });
    }
    throw error;
  }
}
