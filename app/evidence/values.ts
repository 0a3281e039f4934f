// Evidence limits, the file types Strands accepts and the checks of a link or a file that need no zod, so the
// evidence form's first-load JavaScript stays small; ./evidence builds its schema from these.
import { formatFileSize } from "~/schemas/values";

export const EVIDENCE_TITLE_MAX = 200;
export const EVIDENCE_DESCRIPTION_MAX = 2000;
export const LINK_MAX = 2000;
export const FILE_NAME_MAX = 200;

/** The file name endings Strands accepts, with how to describe each to a person. */
export const EVIDENCE_FILE_EXTENSIONS = {
  pdf: "PDF",
  docx: "Word document",
  doc: "Word document (old format)",
  xlsx: "Excel spreadsheet",
  xls: "Excel spreadsheet (old format)",
  pptx: "PowerPoint presentation",
  ppt: "PowerPoint presentation (old format)",
  odt: "OpenDocument text",
  ods: "OpenDocument spreadsheet",
  odp: "OpenDocument presentation",
  png: "PNG image",
  jpg: "JPEG image",
  jpeg: "JPEG image",
  gif: "GIF image",
  webp: "WebP image",
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_FILE_EXTENSIONS;

export const EVIDENCE_FILE_TYPES_TEXT =
  "a PDF, a Word, Excel or PowerPoint file, an OpenDocument file, or a PNG, JPEG, GIF or WebP image";

/** For the file input's accept attribute: a hint to the browser's file chooser, never a check. */
export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_FILE_EXTENSIONS)
  .map((ext) => `.${ext}`)
  .join(",");

export function isEvidenceExtension(ext: string): ext is EvidenceExtension {
  return Object.prototype.hasOwnProperty.call(EVIDENCE_FILE_EXTENSIONS, ext);
}

/** The lower-case ending after the last dot of a file name, or "" when there is none. */
export function fileExtension(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : "";
}

/** What is wrong with a link, in words for the person who typed it; null when it is a usable https:// address. */
export function linkProblem(raw: string): string | null {
  const value = raw.trim();
  if (value === "") return "Enter the link, starting with https://";
  if (value.length > LINK_MAX) return `The link must be ${LINK_MAX.toLocaleString("en-GB")} characters or fewer`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a full web address, like https://www.example.org/page";
  }
  if (url.protocol !== "https:") return "Enter a link that starts with https://";
  if (!url.hostname || !/^https:\/\//i.test(value))
    return "Enter a full web address, like https://www.example.org/page";
  if (url.username || url.password) return "Enter a link without a user name or password in it";
  if (url.href.length > LINK_MAX) return `The link must be ${LINK_MAX.toLocaleString("en-GB")} characters or fewer`;
  return null;
}

/** The link as it is kept: the browser's own normal form of the address. */
export function normaliseLink(raw: string): string {
  return new URL(raw.trim()).href;
}

/** What is wrong with a chosen file that can be told without reading it; null when it may be sent. */
export function fileProblem(file: unknown, maxFileBytes: number): string | null {
  if (!(typeof File !== "undefined" && file instanceof File)) return "Choose a file to upload";
  if (file.size === 0) return "The chosen file is empty. Choose a file with something in it";
  if (file.size > maxFileBytes)
    return `The file must be ${formatFileSize(maxFileBytes)} or smaller. Choose a smaller file`;
  if (!isEvidenceExtension(fileExtension(file.name))) {
    return `The file must be ${EVIDENCE_FILE_TYPES_TEXT}. Choose a different file`;
  }
  return null;
}
