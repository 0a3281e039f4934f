import type { ReactNode } from "react";
import type { AccreditationDocument, DocumentEvidence, DocumentInitiative } from "~/accreditation/document-types";
import { DateText } from "~/components/tags";

// The Accreditation Evidence Document as a web page that prints well (see app/accreditation/document.css): the same
// structure as the Word and PDF files, one heading level per level of the document.

type Doc = AccreditationDocument;

export interface DocumentSection {
  id: string;
  title: string;
}

/** The web page's path; the downloads add ".docx" or ".pdf". */
export function documentPath(cohortId: string, userId: string): string {
  return `/cohorts/${encodeURIComponent(cohortId)}/accreditation/${encodeURIComponent(userId)}/document`;
}

export const READINESS_NOTE = "Readiness counts only what is shared with cohort leads: what an assessor will see.";

export function documentSections(doc: Doc): DocumentSection[] {
  return [
    { id: "readiness", title: "Readiness summary" },
    { id: "initiative", title: doc.initiatives.length > 1 ? "The initiatives" : "The initiative" },
    { id: "evaluation", title: "Evaluation" },
    ...(doc.initiatives.some((i) => i.adaptations.length > 0) ? [{ id: "adaptations", title: "Adaptation log" }] : []),
    { id: "reflections", title: "Reflections" },
    ...(doc.hasCriteria ? [{ id: "criteria", title: "Evidence by accreditation criterion" }] : []),
  ];
}

function Text({ value, empty }: { value: string; empty?: string }) {
  const text = value.trim();
  if (!text) return empty ? <p className="doc-empty">{empty}</p> : null;
  return (
    <>
      {text.split(/\n{2,}/).map((block, index) => (
        <p key={index} className="doc-text">
          {block}
        </p>
      ))}
    </>
  );
}

/**
 * A table of the document. On a phone each row becomes a short list of "Heading: value" lines (the headings ride on
 * data-label), so nothing is squeezed into one-letter columns; on paper and wide screens it is an ordinary table.
 */
function DocTable({
  caption,
  headers,
  rows,
  rowHeaders = false,
}: {
  caption?: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  rowHeaders?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="table doc-table">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                rowHeaders && index === 0 ? (
                  <th key={index} scope="row" data-label={headers[index]}>
                    {cell}
                  </th>
                ) : (
                  <td key={index} data-label={headers[index]}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EvidenceItem({ item }: { item: DocumentEvidence }) {
  return (
    <li>
      <strong>{item.title}</strong>
      {item.typeLabel ? <span className="doc-type"> ({item.typeLabel})</span> : null}
      {item.recordTitle ? <span className="muted"> – attached to “{item.recordTitle}”</span> : null}
      {item.url ? (
        <>
          {" "}
          –{" "}
          <a href={item.url} rel="noreferrer noopener" className="doc-url">
            {item.url}
          </a>
        </>
      ) : item.fileName ? (
        <span className="muted"> – file {item.fileName}</span>
      ) : null}
      {item.description.trim() ? <p className="doc-text doc-text--small">{item.description}</p> : null}
    </li>
  );
}

function Initiative({ initiative, many }: { initiative: DocumentInitiative; many: boolean }) {
  const H = many ? "h4" : "h3";
  return (
    <article className="doc-block" aria-labelledby={many ? `initiative-${initiative.id}` : undefined}>
      {many ? <h3 id={`initiative-${initiative.id}`}>{initiative.title}</h3> : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Initiative</dt>
          <dd>{initiative.title}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Status</dt>
          <dd>{initiative.statusLabel}</dd>
        </div>
        {initiative.health ? (
          <div className="summary-list__row">
            <dt>Health</dt>
            <dd>
              <span className={`tag tag--rag-${initiative.health.rag}`}>{initiative.health.label}</span>
              {initiative.health.note ? <span className="doc-cell-note">{initiative.health.note}</span> : null}
            </dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>Dates</dt>
          <dd>
            <DateText value={initiative.startsOn} /> to <DateText value={initiative.endsOn} />
          </dd>
        </div>
      </dl>
      <H>The problem</H>
      <Text value={initiative.problem} empty="Not written yet." />
      <H>Evidence of need</H>
      <Text value={initiative.evidenceOfNeed} empty="Not written yet." />
      <H>Approach</H>
      <Text value={initiative.approach} empty="Not written yet." />
      <H>Active ingredients</H>
      <Text value={initiative.activeIngredients} empty="Not written yet." />
      <H>Schools</H>
      {initiative.schools.length === 0 ? (
        <p className="doc-empty">No schools named.</p>
      ) : (
        <ul>
          {initiative.schools.map((school) => (
            <li key={school}>{school}</li>
          ))}
        </ul>
      )}
      <H>Intended outcomes</H>
      {initiative.outcomes.length === 0 ? (
        <p className="doc-empty">No outcomes recorded.</p>
      ) : (
        <DocTable
          headers={["Kind", "Outcome", "How it will be measured", "When"]}
          rows={initiative.outcomes.map((o, index) => ({
            key: String(index),
            cells: [o.kind === "final" ? "Final (pupils)" : "Implementation", o.description, o.measure, o.measuredWhen],
          }))}
        />
      )}
      <H>Action plan</H>
      {initiative.actions.length === 0 ? (
        <p className="doc-empty">No actions yet.</p>
      ) : (
        <DocTable
          headers={["#", "Action", "Owner", "Due", "Status", "Success criteria"]}
          rows={initiative.actions.map((a) => ({
            key: String(a.number),
            cells: [
              String(a.number),
              <>
                {a.description}
                {a.schools.length > 0 ? <span className="doc-cell-note">Schools: {a.schools.join(", ")}</span> : null}
              </>,
              a.ownerName,
              <DateText key="due" value={a.dueOn} />,
              a.statusLabel,
              a.successCriteria,
            ],
          }))}
        />
      )}
      {initiative.schoolImplementation.length > 0 ? (
        <>
          <H>Implementation in each school</H>
          <DocTable
            headers={["School", "Adoption", "Fidelity", "Sustainment", "Note"]}
            rowHeaders
            rows={initiative.schoolImplementation.map((row) => ({
              key: row.school,
              cells: [
                row.school,
                ...[row.adoption, row.fidelity, row.sustainment].map((n) => (n === null ? "Not judged" : `${n} of 4`)),
                row.note,
              ],
            }))}
          />
        </>
      ) : null}
    </article>
  );
}

function Evaluation({ initiative, many }: { initiative: DocumentInitiative; many: boolean }) {
  const H = many ? "h4" : "h3";
  return (
    <div className="doc-block">
      {many ? <h3>{initiative.title}</h3> : null}
      <DocTable
        caption="Judgements at each of the five levels"
        headers={["Level", "Judgement", "Evidence it rests on"]}
        rowHeaders
        rows={initiative.evaluation.map((level) => ({
          key: String(level.level),
          cells: [
            `${level.level}. ${level.title}`,
            level.judgement,
            level.evidence.length === 0
              ? "None linked"
              : `${level.evidence.length} item${level.evidence.length === 1 ? "" : "s"}`,
          ],
        }))}
      />
      {initiative.evaluation.map((level) => (
        <section key={level.level} className="doc-level">
          <H>
            Level {level.level}: {level.title}
          </H>
          <p className="doc-question">{level.question}</p>
          {level.recorded ? (
            <dl className="summary-list">
              <div className="summary-list__row">
                <dt>What was looked for</dt>
                <dd>{level.lookedFor || "—"}</dd>
              </div>
              <div className="summary-list__row">
                <dt>How</dt>
                <dd>{level.methods.join("; ") || "—"}</dd>
              </div>
              <div className="summary-list__row">
                <dt>What was found</dt>
                <dd>{level.findings || "—"}</dd>
              </div>
              <div className="summary-list__row">
                <dt>Judgement</dt>
                <dd>{level.judgement}</dd>
              </div>
              <div className="summary-list__row">
                <dt>Evidence it rests on</dt>
                <dd>
                  {level.evidence.length === 0 ? (
                    "None linked"
                  ) : (
                    <ul className="doc-list">
                      {level.evidence.map((item) => (
                        <EvidenceItem key={item.id} item={item} />
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
          ) : (
            <p className="doc-empty">Not evaluated yet.</p>
          )}
        </section>
      ))}
    </div>
  );
}

export function AccreditationDocumentView({ doc }: { doc: Doc }) {
  const many = doc.initiatives.length > 1;
  const sections = documentSections(doc);
  const adapted = doc.initiatives.filter((i) => i.adaptations.length > 0);
  const base = documentPath(doc.cohort.id, doc.person.id);
  return (
    <div className="doc">
      <header className="doc-cover">
        <span className="caption">
          {doc.programme.name} · {doc.cohort.name}
        </span>
        <h1>{doc.title}</h1>
        <p className="doc-person">{doc.person.name}</p>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Programme</dt>
            <dd>
              {doc.programme.name} ({doc.programme.code})
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>Cohort</dt>
            <dd>
              {doc.cohort.name}, {doc.cohort.academicYear}
            </dd>
          </div>
          {doc.person.trustName ? (
            <div className="summary-list__row">
              <dt>Trust</dt>
              <dd>{doc.person.trustName}</dd>
            </div>
          ) : null}
          <div className="summary-list__row">
            <dt>Produced</dt>
            <dd>
              <DateText value={doc.generatedOn} />
            </dd>
          </div>
        </dl>
        <p className="notice doc-scope">{doc.scopeNote}</p>
        <div className="button-row doc-downloads">
          <a className="button" href={`${base}.docx`} download>
            Download Word (.docx)
          </a>
          <a className="button button--secondary" href={`${base}.pdf`} download>
            Download PDF
          </a>
        </div>
        <p className="hint doc-print-hint">
          To print this page, or save it as a PDF, use your browser’s Print command.
        </p>
        <nav className="doc-contents" aria-labelledby="contents-heading">
          <h2 id="contents-heading">Contents</h2>
          <ol>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <section id="readiness" className="doc-section" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Readiness summary</h2>
        <p>{doc.readiness.summary}</p>
        <p className="hint">{READINESS_NOTE}</p>
        <DocTable
          headers={["Requirement", "Met", "Still to do"]}
          rowHeaders
          rows={doc.readiness.items.map((item) => ({
            key: item.key,
            cells: [
              item.label,
              <span key="met" className={`tag ${item.met ? "tag--rag-done" : "tag--rag-at_risk"}`}>
                {item.met ? "Yes" : "Not yet"}
              </span>,
              item.detail,
            ],
          }))}
        />
      </section>

      <section id="initiative" className="doc-section" aria-labelledby="initiative-heading">
        <h2 id="initiative-heading">{many ? "The initiatives" : "The initiative"}</h2>
        {doc.initiatives.length === 0 ? <p className="doc-empty">No initiative recorded yet.</p> : null}
        {doc.initiatives.map((initiative) => (
          <Initiative key={initiative.id} initiative={initiative} many={many} />
        ))}
      </section>

      <section id="evaluation" className="doc-section" aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading">Evaluation</h2>
        <p>
          Judged level by level, following Guskey’s five levels of professional development evaluation: what was looked
          for, how, what was found, the judgement and the evidence it rests on.
        </p>
        {doc.initiatives.length === 0 ? <p className="doc-empty">No initiative to evaluate yet.</p> : null}
        {doc.initiatives.map((initiative) => (
          <Evaluation key={initiative.id} initiative={initiative} many={many} />
        ))}
      </section>

      {adapted.length > 0 ? (
        <section id="adaptations" className="doc-section" aria-labelledby="adaptations-heading">
          <h2 id="adaptations-heading">Adaptation log</h2>
          <p>Every change to the design or action plan once the initiative started, with what changed and why.</p>
          {adapted.map((initiative) => (
            <div key={initiative.id} className="doc-block">
              {many ? <h3>{initiative.title}</h3> : null}
              <DocTable
                headers={["Date", "Changed", "What changed", "Why"]}
                rows={initiative.adaptations.map((a, index) => ({
                  key: String(index),
                  cells: [
                    <DateText key="date" value={a.changedAt} />,
                    a.subject === "design" ? "Design" : "Action plan",
                    a.whatChanged,
                    a.why,
                  ],
                }))}
              />
            </div>
          ))}
        </section>
      ) : null}

      <section id="reflections" className="doc-section" aria-labelledby="reflections-heading">
        <h2 id="reflections-heading">Reflections</h2>
        {doc.reflections.length === 0 ? <p className="doc-empty">No reflections yet.</p> : null}
        {doc.reflections.map((r) => (
          <article key={r.id} className="doc-reflection" aria-labelledby={`reflection-${r.id}`}>
            <h3 id={`reflection-${r.id}`}>
              <DateText value={r.writtenOn} />: {r.title}
            </h3>
            {r.workshop || r.initiative ? (
              <p className="doc-meta">
                {[r.workshop ? `Workshop: ${r.workshop}` : null, r.initiative ? `Initiative: ${r.initiative}` : null]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            ) : null}
            <Text value={r.body} />
            {(
              [
                ["What happened", r.promptWhat],
                ["So what", r.promptSoWhat],
                ["Now what", r.promptNowWhat],
              ] as const
            ).map(([label, text]) =>
              text.trim() ? (
                <div key={label}>
                  <h4>{label}</h4>
                  <Text value={text} />
                </div>
              ) : null,
            )}
          </article>
        ))}
      </section>

      {doc.hasCriteria ? (
        <section id="criteria" className="doc-section" aria-labelledby="criteria-heading">
          <h2 id="criteria-heading">Evidence by accreditation criterion</h2>
          {doc.criteria.map((c) => (
            <article key={c.id} className="doc-criterion" aria-labelledby={`criterion-${c.id}`}>
              <h3 id={`criterion-${c.id}`}>
                Criterion {c.number}: {c.text}
              </h3>
              <p>
                <strong>Status:</strong> <span className={`tag tag--review-${c.status}`}>{c.statusLabel}</span>
              </p>
              {c.reviewerName || c.reviewNote ? (
                <div className="doc-review">
                  <p>
                    <strong>
                      Lead’s review{c.reviewerName ? ` by ${c.reviewerName}` : ""}
                      {c.reviewedAt ? (
                        <>
                          , <DateText value={c.reviewedAt} />
                        </>
                      ) : null}
                      :
                    </strong>{" "}
                    {c.reviewNote || "No comment."}
                  </p>
                </div>
              ) : null}
              <h4>Statement</h4>
              <Text value={c.statement} empty="No statement written yet." />
              <h4>Mapped evidence</h4>
              {c.evidence.length === 0 ? (
                <p className="doc-empty">No evidence mapped yet.</p>
              ) : (
                <ul className="doc-list">
                  {c.evidence.map((item) => (
                    <EvidenceItem key={item.id} item={item} />
                  ))}
                </ul>
              )}
              <h4>Mapped records</h4>
              {c.records.length === 0 ? (
                <p className="doc-empty">No records mapped yet.</p>
              ) : (
                <ul className="doc-list">
                  {c.records.map((record) => (
                    <li key={record.id}>
                      <strong>{record.kindLabel}:</strong> {record.title} (<DateText value={record.occurredOn} />)
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      ) : (
        <p className="notice">This programme has no accreditation criteria, so the document has no criteria section.</p>
      )}
    </div>
  );
}
