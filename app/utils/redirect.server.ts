// The one check for every redirect to a target someone else chose (sign-in's and the feedback panel's
// `redirectTo`, the address requireUser remembers). Checking the raw string is not enough: a browser, and
// `new URL` in our own code, normalise it first, so "/.//evil.example" (dot segment removed) or "/\evil.example"
// (backslash read as a slash) become "//evil.example", another site. So the target is normalised the way a
// browser would (WHATWG URL, against a placeholder origin), the result is checked, and only the normalised
// path+search+hash is returned: what we send is exactly what was checked, and nothing downstream can turn it
// into something else.

/** Never sent anywhere: only the origin relative targets are resolved against, to tell same-site from not. */
const PLACEHOLDER_ORIGIN = "https://strands.invalid";

/** C0 and C1 controls and DEL. A URL parser silently drops tab, CR and LF, so they are refused before parsing. */
const CONTROL = /\p{Cc}/u;

/**
 * A same-site path to redirect to, normalised ('/records?x=1#f'), or `fallback` when `to` is missing, is not a
 * path, holds a control character, or would leave the site once normalised ('//evil', '/\evil', '/.//evil',
 * 'https://evil', 'javascript:…').
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  // A target of ours is always a path: anything else (absolute URLs, 'javascript:', bare words) is refused.
  if (typeof to !== "string" || !to.startsWith("/") || CONTROL.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // Still on our origin, but a path like '//x' would be read as another host once sent as a relative Location.
  if (url.pathname.startsWith("//") || url.pathname.startsWith("/\\")) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (CONTROL.test(path)) return fallback;
  return path;
}
