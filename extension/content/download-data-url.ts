/**
 * Downloads a `data:` URL (the outline card the background drew) as a file: decoded into a Blob and
 * offered through a temporary <a download> with a blob URL, placed in our own shadow root so the page's
 * DOM is not touched. Decoded here rather than fetched, so a page's CSP (connect-src) cannot stop it.
 */

/** `data:<type>;base64,<payload>`: the only form the background sends. */
const BASE64_DATA_URL = /^data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/=]+)$/;

export function downloadDataUrl(dataUrl: string, fileName: string, scratch: ShadowRoot): boolean {
  const match = BASE64_DATA_URL.exec(dataUrl);
  if (!match) return false;
  const binary = atob(match[2]!);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  const href = URL.createObjectURL(new Blob([bytes], { type: match[1] }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  scratch.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; free the blob a little later.
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return true;
}
