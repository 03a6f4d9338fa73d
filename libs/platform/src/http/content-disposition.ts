/**
 * `Content-Disposition: attachment` for a download whose name may be Chinese: an ASCII fallback
 * for old clients (non-ASCII and unsafe characters replaced by `_`) and the real name per RFC 5987
 * (`filename*=UTF-8''…`), which every current browser prefers.
 */
export function attachmentDisposition(fileName: string, asciiFallback?: string): string {
  const fallback = (asciiFallback ?? fileName).replace(/[^\x20-\x7e]/g, '_').replace(/["\\;/]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
