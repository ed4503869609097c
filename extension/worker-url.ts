/**
 * Which host permission a Worker URL needs. Match patterns carry no port (one matches every port), so
 * any port on 127.0.0.1, which the manifest grants, needs nothing more.
 */

/** Origins granted in the manifest's host_permissions; keep in step with wxt.config.ts. */
export const GRANTED_WORKER_HOSTS = new Set(['127.0.0.1']);

/**
 * A normalised Worker base URL (no trailing slash, no query) or null when `input` is not http(s).
 *
 * @example normalizeWorkerUrl(' https://lens.example.workers.dev/ ') // "https://lens.example.workers.dev"
 */
export function normalizeWorkerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The match pattern to request for a Worker URL, or null when the manifest already covers it. */
export function originPatternFor(workerUrl: string): string | null {
  const url = new URL(workerUrl);
  if (GRANTED_WORKER_HOSTS.has(url.hostname)) return null;
  return `${url.protocol}//${url.hostname}/*`;
}
