import { Fragment, type ReactNode } from "react";
import type {
  AccreditationDocument,
  DocumentCriterion,
  DocumentEvidence,
  DocumentInitiative,
} from "~/accreditation/document-types";
import { DateText } from "~/components/tags";
import * as W from "~/accreditation/document-text";
import { documentSections, READINESS_NOTE } from "~/accreditation/document-text";

// The Accreditation Evidence Document as a web page that prints well (see app/accreditation/document.css): the same
// structure as the Word and PDF files, one heading level per level of the document.

type Doc = AccreditationDocument;

/** The web page's path; the downloads add ".docx" or ".pdf". */
export function documentPath(cohortId: string, userId: string): string {
  return `/cohorts/${encodeURIComponent(cohortId)}/accreditation/${encodeURIComponent(userId)}/document`;
}

// The document's words live in ./document-text, shared with the Word and PDF renderers.

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
      {item.typeLabel ? <span className="doc-type">{W.evidenceTypeText(item)}</span> : null}
      {item.recordTitle ? <span className="muted">{W.evidenceAttachedText(item)}</span> : null}
      {item.url ? (
        <>
          {W.EVIDENCE_SEPARATOR}
          <a href={item.url} rel="noreferrer noopener" className="doc-url">
            {item.url}
          </a>
        </>
      ) : item.fileName ? (
        <span className="muted">{W.evidenceFileText(item)}</span>
      ) : null}
      {item.description.trim() ? <p className="doc-text doc-text--small">{item.description}</p> : null}
    </li>
  );
}

/** One "label: value" row of a summary list. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ActionsTable({ initiative }: { initiative: DocumentInitiative }) {
  return (
    <DocTable
      headers={[...W.COLUMNS.actions]}
      rows={initiative.actions.map((a) => ({
        key: String(a.number),
        cells: [
          String(a.number),
          <>
            {a.description}
            {a.schools.length > 0 ? <span className="doc-cell-note">{W.actionSchoolsText(a.schools)}</span> : null}
          </>,
          a.ownerName,
          <DateText key="due" value={a.dueOn} />,
          a.statusLabel,
          a.successCriteria,
        ],
      }))}
    />
  );
}

function Initiative({ initiative, many }: { initiative: DocumentInitiative; many: boolean }) {
  const H = many ? "h4" : "h3";
  const T = W.INITIATIVE_HEADING;
  return (
    <article className="doc-block" aria-labelledby={many ? `initiative-${initiative.id}` : undefined}>
      {many ? <h3 id={`initiative-${initiative.id}`}>{initiative.title}</h3> : null}
      <dl className="summary-list">
        <Row label={W.LABEL.initiative}>{initiative.title}</Row>
        <Row label={W.LABEL.status}>{initiative.statusLabel}</Row>
        {initiative.health ? (
          <Row label={W.LABEL.health}>
            <span className={`tag tag--rag-${initiative.health.rag}`}>{initiative.health.label}</span>
            {initiative.health.note ? <span className="doc-cell-note">{initiative.health.note}</span> : null}
          </Row>
        ) : null}
        <Row label={W.LABEL.dates}>
          <DateText value={initiative.startsOn} />
          {W.DATE_RANGE_JOIN}
          <DateText value={initiative.endsOn} />
        </Row>
      </dl>
      {W.initiativeTexts(initiative).map(([heading, text]) => (
        <Fragment key={heading}>
          <H>{heading}</H>
          <Text value={text} empty={W.EMPTY.notWritten} />
        </Fragment>
      ))}
      <H>{T.schools}</H>
      {initiative.schools.length === 0 ? (
        <p className="doc-empty">{W.EMPTY.noSchools}</p>
      ) : (
        <ul>
          {initiative.schools.map((school) => (
            <li key={school}>{school}</li>
          ))}
        </ul>
      )}
      <H>{T.outcomes}</H>
      {initiative.outcomes.length === 0 ? (
        <p className="doc-empty">{W.EMPTY.noOutcomes}</p>
      ) : (
        <DocTable
          headers={[...W.COLUMNS.outcomes]}
          rows={initiative.outcomes.map((o, index) => ({
            key: String(index),
            cells: [W.outcomeKindText(o.kind), o.description, o.measure, o.measuredWhen],
          }))}
        />
      )}
      <H>{T.actions}</H>
      {initiative.actions.length === 0 ? (
        <p className="doc-empty">{W.EMPTY.noActions}</p>
      ) : (
        <ActionsTable initiative={initiative} />
      )}
      {initiative.schoolImplementation.length > 0 ? (
        <>
          <H>{T.schoolImplementation}</H>
          <DocTable
            headers={[...W.COLUMNS.schoolImplementation]}
            rowHeaders
            rows={initiative.schoolImplementation.map((row) => ({
              key: row.school,
              cells: [row.school, ...[row.adoption, row.fidelity, row.sustainment].map(W.scoreText), row.note],
            }))}
          />
        </>
      ) : null}
    </article>
  );
}

function EvaluationLevel({ level, many }: { level: DocumentInitiative["evaluation"][number]; many: boolean }) {
  const H = many ? "h4" : "h3";
  return (
    <section className="doc-level">
      <H>{W.levelHeading(level)}</H>
      <p className="doc-question">{level.question}</p>
      {level.recorded ? (
        <dl className="summary-list">
          {W.levelFields(level).map(([label, value]) => (
            <Row key={label} label={label}>
              {value}
            </Row>
          ))}
          <Row label={W.LEVEL_LABEL.evidence}>
            {level.evidence.length === 0 ? (
              W.EMPTY.noneLinked
            ) : (
              <ul className="doc-list">
                {level.evidence.map((item) => (
                  <EvidenceItem key={item.id} item={item} />
                ))}
              </ul>
            )}
          </Row>
        </dl>
      ) : (
        <p className="doc-empty">{W.EMPTY.notEvaluated}</p>
      )}
    </section>
  );
}

function Evaluation({ initiative, many }: { initiative: DocumentInitiative; many: boolean }) {
  return (
    <div className="doc-block">
      {many ? <h3>{initiative.title}</h3> : null}
      <DocTable
        caption={W.EVALUATION_CAPTION}
        headers={[...W.COLUMNS.evaluation]}
        rowHeaders
        rows={initiative.evaluation.map((level) => ({
          key: String(level.level),
          cells: [W.levelRowTitle(level), level.judgement, W.evidenceCountText(level.evidence.length)],
        }))}
      />
      {initiative.evaluation.map((level) => (
        <EvaluationLevel key={level.level} level={level} many={many} />
      ))}
    </div>
  );
}

function Cover({ doc }: { doc: Doc }) {
  const base = documentPath(doc.cohort.id, doc.person.id);
  return (
    <header className="doc-cover">
      <span className="caption">
        {doc.programme.name} · {doc.cohort.name}
      </span>
      <h1>{doc.title}</h1>
      <p className="doc-person">{doc.person.name}</p>
      <dl className="summary-list">
        <Row label={W.LABEL.programme}>{W.programmeText(doc)}</Row>
        <Row label={W.LABEL.cohort}>{W.cohortText(doc)}</Row>
        {doc.person.trustName ? <Row label={W.LABEL.trust}>{doc.person.trustName}</Row> : null}
        <Row label={W.LABEL.produced}>
          <DateText value={doc.generatedOn} />
        </Row>
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
      <p className="hint doc-print-hint">To print this page, or save it as a PDF, use your browser’s Print command.</p>
      <nav className="doc-contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading">{W.SECTION.contents}</h2>
        <ol>
          {documentSections(doc).map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}

function ReadinessSection({ doc }: { doc: Doc }) {
  return (
    <section id="readiness" className="doc-section" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">{W.SECTION.readiness}</h2>
      <p>{doc.readiness.summary}</p>
      <p className="hint">{READINESS_NOTE}</p>
      <DocTable
        headers={[...W.COLUMNS.readiness]}
        rowHeaders
        rows={doc.readiness.items.map((item) => ({
          key: item.key,
          cells: [
            item.label,
            <span key="met" className={`tag ${item.met ? "tag--rag-done" : "tag--rag-at_risk"}`}>
              {W.metText(item.met)}
            </span>,
            item.detail,
          ],
        }))}
      />
    </section>
  );
}

function InitiativeSection({ doc, many }: { doc: Doc; many: boolean }) {
  return (
    <section id="initiative" className="doc-section" aria-labelledby="initiative-heading">
      <h2 id="initiative-heading">{W.initiativeHeading(doc)}</h2>
      {doc.initiatives.length === 0 ? <p className="doc-empty">{W.EMPTY.noInitiative}</p> : null}
      {doc.initiatives.map((initiative) => (
        <Initiative key={initiative.id} initiative={initiative} many={many} />
      ))}
    </section>
  );
}

function EvaluationSection({ doc, many }: { doc: Doc; many: boolean }) {
  return (
    <section id="evaluation" className="doc-section" aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">{W.SECTION.evaluation}</h2>
      <p>{W.EVALUATION_INTRO}</p>
      {doc.initiatives.length === 0 ? <p className="doc-empty">{W.EMPTY.noInitiativeToEvaluate}</p> : null}
      {doc.initiatives.map((initiative) => (
        <Evaluation key={initiative.id} initiative={initiative} many={many} />
      ))}
    </section>
  );
}

function AdaptationsSection({ doc, many }: { doc: Doc; many: boolean }) {
  const adapted = doc.initiatives.filter((i) => i.adaptations.length > 0);
  if (adapted.length === 0) return null;
  return (
    <section id="adaptations" className="doc-section" aria-labelledby="adaptations-heading">
      <h2 id="adaptations-heading">{W.SECTION.adaptations}</h2>
      <p>{W.ADAPTATIONS_INTRO}</p>
      {adapted.map((initiative) => (
        <div key={initiative.id} className="doc-block">
          {many ? <h3>{initiative.title}</h3> : null}
          <DocTable
            headers={[...W.COLUMNS.adaptations]}
            rows={initiative.adaptations.map((a, index) => ({
              key: String(index),
              cells: [
                <DateText key="date" value={a.changedAt} />,
                W.adaptationSubjectText(a.subject),
                a.whatChanged,
                a.why,
              ],
            }))}
          />
        </div>
      ))}
    </section>
  );
}

function ReflectionsSection({ doc }: { doc: Doc }) {
  return (
    <section id="reflections" className="doc-section" aria-labelledby="reflections-heading">
      <h2 id="reflections-heading">{W.SECTION.reflections}</h2>
      {doc.reflections.length === 0 ? <p className="doc-empty">{W.EMPTY.noReflections}</p> : null}
      {doc.reflections.map((r) => (
        <article key={r.id} className="doc-reflection" aria-labelledby={`reflection-${r.id}`}>
          <h3 id={`reflection-${r.id}`}>
            <DateText value={r.writtenOn} />: {r.title}
          </h3>
          {W.reflectionMeta(r) ? <p className="doc-meta">{W.reflectionMeta(r)}</p> : null}
          <Text value={r.body} />
          {W.reflectionPrompts(r).map(([label, text]) =>
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
  );
}

function Criterion({ c }: { c: DocumentCriterion }) {
  return (
    <article className="doc-criterion" aria-labelledby={`criterion-${c.id}`}>
      <h3 id={`criterion-${c.id}`}>{W.criterionHeading(c)}</h3>
      <p>
        <strong>{W.LABEL.status}:</strong> <span className={`tag tag--review-${c.status}`}>{c.statusLabel}</span>
      </p>
      {W.hasReview(c) ? (
        <div className="doc-review">
          <p>
            <strong>{W.reviewHeading(c)}:</strong> {W.reviewNoteText(c)}
          </p>
        </div>
      ) : null}
      <h4>{W.CRITERION_HEADING.statement}</h4>
      <Text value={c.statement} empty={W.EMPTY.noStatement} />
      <h4>{W.CRITERION_HEADING.evidence}</h4>
      {c.evidence.length === 0 ? (
        <p className="doc-empty">{W.EMPTY.noEvidence}</p>
      ) : (
        <ul className="doc-list">
          {c.evidence.map((item) => (
            <EvidenceItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      <h4>{W.CRITERION_HEADING.records}</h4>
      {c.records.length === 0 ? (
        <p className="doc-empty">{W.EMPTY.noRecords}</p>
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
  );
}

function CriteriaSection({ doc }: { doc: Doc }) {
  if (!doc.hasCriteria) return <p className="notice">{W.NO_CRITERIA_NOTE}</p>;
  return (
    <section id="criteria" className="doc-section" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{W.SECTION.criteria}</h2>
      {doc.criteria.map((c) => (
        <Criterion key={c.id} c={c} />
      ))}
    </section>
  );
}

export function AccreditationDocumentView({ doc }: { doc: Doc }) {
  const many = doc.initiatives.length > 1;
  return (
    <div className="doc">
      <Cover doc={doc} />
      <ReadinessSection doc={doc} />
      <InitiativeSection doc={doc} many={many} />
      <EvaluationSection doc={doc} many={many} />
      <AdaptationsSection doc={doc} many={many} />
      <ReflectionsSection doc={doc} />
      <CriteriaSection doc={doc} />
    </div>
  );
}
