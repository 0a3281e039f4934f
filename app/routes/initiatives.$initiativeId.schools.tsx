import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorMessage, ErrorSummary } from "~/components/forms";
import { healthStylesheet } from "~/initiatives/health";
import { SchoolImplementationTable } from "~/initiatives/health-schools";
import { getDb } from "~/db.server";
import { InputError } from "~/utils/errors.server";
import { requireOwnInitiative } from "~/initiatives/adaptations.server";
import { getSchoolImplementation, saveSchoolImplementation } from "~/initiatives/schools.server";
import { ImplementationSchema, parseWithZod } from "~/schemas/all.server";
import {
  IMPLEMENTATION_MEASURE_HINTS,
  IMPLEMENTATION_MEASURE_LABELS,
  IMPLEMENTATION_SCALE,
  IMPLEMENTATION_SCALE_LABELS,
} from "~/schemas/values";
import { readFormData } from "~/utils/form-data.server";
import { requireViewer } from "~/utils/permissions.server";
import { useLazyValidation } from "~/components/lazy-validation";
import type { z } from "~/schemas/zod";
import { replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `School by school${data && "initiative" in data ? ` – ${data.initiative.title}` : ""} – Strands` },
];

export const links: LinksFunction = () => [healthStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getSchoolImplementation(getDb(), viewer, params.initiativeId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  await requireOwnInitiative(getDb(), viewer, initiativeId);
  const submission = parseWithZod(await readFormData(request), { schema: ImplementationSchema });
  if (submission.status !== "success") return replyToInvalid(submission);
  try {
    await saveSchoolImplementation(getDb(), viewer, initiativeId, submission.value);
  } catch (error) {
    if (error instanceof InputError) return data(submission.reply({ fieldErrors: error.fieldErrors }), { status: 400 });
    throw error;
  }
  return redirect(`/initiatives/${initiativeId}/schools?saved=1`);
}

const MEASURES = ["adoption", "fidelity", "sustainment"] as const;

function labelFor(name: string, schools: { schoolName: string }[]) {
  const match = /^schools\[(\d+)\]\.(\w+)$/.exec(name);
  if (!match) return undefined;
  const school = schools[Number(match[1])]?.schoolName ?? `School ${Number(match[1]) + 1}`;
  const field =
    match[2] === "note"
      ? "note"
      : (IMPLEMENTATION_MEASURE_LABELS[match[2] as (typeof MEASURES)[number]]?.toLowerCase() ?? match[2]);
  return `${school}, ${field}`;
}

function ImplementationGrid({ schools }: { schools: ReturnType<typeof useLoaderData<typeof loader>>["schools"] }) {
  const lastResult = useActionData<typeof action>();
  const validation = useLazyValidation(
    () => import("~/initiatives/schema"),
    (m) => m.ImplementationSchema,
  );
  const [form, fields] = useForm<z.input<typeof ImplementationSchema>, z.output<typeof ImplementationSchema>>({
    id: "schools",
    lastResult,
    defaultValue: {
      schools: schools.map((s) => ({
        schoolId: s.schoolId,
        adoption: s.adoption?.toString() ?? "",
        fidelity: s.fidelity?.toString() ?? "",
        sustainment: s.sustainment?.toString() ?? "",
        note: s.note,
      })),
    },
    ...validation.options,
  });
  const rows = fields.schools.getFieldList();
  return (
    <>
      <ErrorSummary form={form} labels={(name) => labelFor(name, schools)} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps}>
        <div className="table-wrap">
          <table className="table implementation-grid">
            <caption>Adoption, fidelity and sustainment in each school this initiative covers</caption>
            <thead>
              <tr>
                <th scope="col">School</th>
                {MEASURES.map((m) => (
                  <th scope="col" key={m}>
                    {IMPLEMENTATION_MEASURE_LABELS[m]}
                    <span className="implementation-grid__hint">{IMPLEMENTATION_MEASURE_HINTS[m]}</span>
                  </th>
                ))}
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const school = row.getFieldset();
                const name = schools[index]?.schoolName ?? `School ${index + 1}`;
                return (
                  <tr key={row.key}>
                    <th scope="row">
                      {name}
                      <input {...getInputProps(school.schoolId, { type: "hidden" })} key={school.schoolId.key} />
                    </th>
                    {MEASURES.map((measure) => {
                      const field = school[measure];
                      const { key, ...props } = getSelectProps(field);
                      return (
                        <td key={measure} className={field.errors?.length ? "form-group--error" : undefined}>
                          <label className="implementation-grid__label" htmlFor={field.id}>
                            {IMPLEMENTATION_MEASURE_LABELS[measure]} at {name}
                          </label>
                          <ErrorMessage field={field} />
                          <select key={key} {...props} className="select">
                            <option value="">Not judged yet</option>
                            {IMPLEMENTATION_SCALE.map((value) => (
                              <option key={value} value={value}>
                                {value} – {IMPLEMENTATION_SCALE_LABELS[value]}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                    <td className={school.note.errors?.length ? "form-group--error" : undefined}>
                      <label className="implementation-grid__label" htmlFor={school.note.id}>
                        Note about {name}
                      </label>
                      <ErrorMessage field={school.note} />
                      <textarea
                        {...getTextareaProps(school.note)}
                        key={school.note.key}
                        rows={2}
                        className="textarea"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="submit" className="button">
          Save
        </button>
      </Form>
    </>
  );
}

export default function SchoolByschool() {
  const { initiative, schools, canEdit } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/initiatives/${initiative.id}`}>Back to {initiative.title}</Link>
      </p>
      <span className="caption">{initiative.title}</span>
      <h1>School by school</h1>
      <p>
        How far the approach has taken hold in each school, on a four-point scale: 1 Not yet, 2 Beginning, 3 Mostly, 4
        Fully. <strong>Adoption</strong>: are teachers using it? <strong>Fidelity</strong>: is it used as designed,
        keeping its active ingredients? <strong>Sustainment</strong>: is it lasting without extra push? Your cohort
        leads see schools where the approach is used but fidelity or sustainment is low.
      </p>
      {searchParams.get("saved") ? (
        <p className="notice" role="status">
          Saved.
        </p>
      ) : null}
      {schools.length === 0 ? (
        <p>This initiative does not name any schools yet.</p>
      ) : canEdit ? (
        <ImplementationGrid schools={schools} />
      ) : (
        <SchoolImplementationTable schools={schools} />
      )}
    </>
  );
}
