/** `attachment` with the name in plain ASCII for old clients and in full as RFC 5987 UTF-8. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The headers every download goes out with: saved rather than shown, never sniffed, never run (a sandboxed policy
 * with nothing allowed replaces the page's), never cached. The server sends each of these once (server.js).
 */
export function attachmentHeaders(file: { contentType: string; fileName: string; size?: number }): Headers {
  const headers = new Headers({
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cache-Control": "private, no-store",
  });
  if (file.size !== undefined) headers.set("Content-Length", String(file.size));
  return headers;
}
