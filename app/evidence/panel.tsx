import type { LinkDescriptor } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { EVIDENCE_TYPE_SHORT_LABELS } from "~/evaluations/values";
import { EVIDENCE_KIND_LABELS, formatFileSize } from "~/schemas/values";
import evidenceStyles from "~/evidence/evidence.css";
import { DateText } from "~/components/tags";
import type { EvidenceMetadata } from "~/evidence/types";

// A record's evidence, for any record page: what each piece is, what it shows, the outcome statements it is
// mapped to, and a way to open it. The record's owner also gets Add, Edit and Remove.
// A page that shows the panel adds `evidenceStylesheet` to its `links` export.

export const evidenceStylesheet: LinkDescriptor = { rel: "stylesheet", href: evidenceStyles };

export interface EvidencePanelItem extends Omit<EvidenceMetadata, "evidenceType"> {
  evidenceType?: EvidenceMetadata["evidenceType"];
}

/** The kind of evidence (how strong a source it is), in words; "not given" until its owner says. */
export function EvidenceTypeTag({ type }: { type: EvidencePanelItem["evidenceType"] }) {
  return <span className="evidence-type">Kind: {type ? EVIDENCE_TYPE_SHORT_LABELS[type] : "not given"}</span>;
}

const TYPE_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "application/msword": "Word document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel spreadsheet",
  "application/vnd.ms-excel": "Excel spreadsheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint presentation",
  "application/vnd.ms-powerpoint": "PowerPoint presentation",
  "application/vnd.oasis.opendocument.text": "OpenDocument text",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet",
  "application/vnd.oasis.opendocument.presentation": "OpenDocument presentation",
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "image/gif": "GIF image",
  "image/webp": "WebP image",
};

export function fileTypeName(mime: string | null): string {
  return (mime && TYPE_NAMES[mime]) || "File";
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** What the evidence is: the file's name, type and size, or the link's address. */
export function EvidenceSource({
  item,
}: {
  item: Pick<EvidencePanelItem, "kind" | "url" | "fileName" | "mime" | "size">;
}) {
  if (item.kind === "link") {
    return (
      <span className="evidence-source">
        Link to {hostOf(item.url ?? "")}: <span className="evidence-url">{item.url}</span>
      </span>
    );
  }
  return (
    <span className="evidence-source">
      <span className="evidence-file-name">{item.fileName}</span> ({fileTypeName(item.mime)}
      {item.size !== null ? `, ${formatFileSize(item.size)}` : ""})
    </span>
  );
}

/** Download (a file, through Strands) or Open (a link, straight to the other site, with no referrer). */
export function EvidenceOpenLink({ item }: { item: Pick<EvidencePanelItem, "id" | "kind" | "title" | "url"> }) {
  if (item.kind === "link") {
    return (
      <a href={item.url ?? "#"} rel="noopener noreferrer">
        Open link<span className="visually-hidden"> to {item.title}</span>
      </a>
    );
  }
  return (
    // A plain link, not <Link>: the download is a file, not a page of the app.
    <a href={`/evidence/${item.id}/download`}>
      Download<span className="visually-hidden"> {item.title}</span>
    </a>
  );
}

/** The line under a piece of evidence's title: file or link, its kind, what it is and when it was added. */
export function EvidenceMeta({
  item,
}: {
  item: Pick<EvidencePanelItem, "kind" | "url" | "fileName" | "mime" | "size" | "createdAt" | "evidenceType">;
}) {
  return (
    <p className="card__meta">
      <span className={`tag evidence-tag evidence-tag--${item.kind}`}>{EVIDENCE_KIND_LABELS[item.kind]}</span>
      <EvidenceTypeTag type={item.evidenceType ?? null} />
      <EvidenceSource item={item} />
      <span>
        Added <DateText value={item.createdAt} />
      </span>
    </p>
  );
}

/** The outcome statements a piece of evidence is mapped to; nothing when there are none. */
export function EvidenceStatements({ statements }: { statements: EvidencePanelItem["statements"] }) {
  if (statements.length === 0) return null;
  return (
    <>
      <p className="evidence-item__label">Outcome statements it shows</p>
      <ul className="statement-list">
        {statements.map((s) => (
          <li key={s.id}>
            {s.text} <span className="muted">({s.strandTitle})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function EvidencePanel({
  entryId,
  items,
  canEdit,
  headingLevel = 2,
}: {
  entryId: string;
  items: EvidencePanelItem[];
  canEdit: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ItemHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="evidence-panel" aria-labelledby="evidence">
      <Heading id="evidence">Evidence</Heading>
      {items.length === 0 ? (
        <p>
          {canEdit
            ? "No evidence yet. Add a file or a link that shows what happened, for example audit results, a pupil survey or slides from a training session."
            : "No evidence yet."}
        </p>
      ) : (
        <ul className="evidence-list">
          {items.map((item) => (
            <li key={item.id} id={`evidence-${item.id}`} className="evidence-item">
              <ItemHeading className="evidence-item__title">{item.title}</ItemHeading>
              <EvidenceMeta item={item} />
              <p className="prose evidence-item__description">{item.description}</p>
              <EvidenceStatements statements={item.statements} />
              <p className="evidence-item__actions">
                <EvidenceOpenLink item={item} />
                {canEdit ? (
                  <>
                    <Link to={`/evidence/${item.id}/edit`}>
                      Edit<span className="visually-hidden"> {item.title}</span>
                    </Link>
                    <Link to={`/evidence/${item.id}/delete`}>
                      Remove<span className="visually-hidden"> {item.title}</span>
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <Link to={`/records/${entryId}/evidence/new`} className="button button--secondary">
          Add evidence
        </Link>
      ) : null}
    </section>
  );
}
