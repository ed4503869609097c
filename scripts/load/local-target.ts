/**
 * Why a load target is refused, or null when it is allowed. Load goes only to a Worker on this machine's
 * 127.0.0.1 over plain http: never a deployed Worker (that would be abuse of a public endpoint and of the
 * account's quotas), never a hostname (`localhost` can resolve elsewhere).
 *
 * @example localTargetRefusal('https://lens.example.workers.dev') // 'refusing https://lens.example.workers.dev: …'
 */
export function localTargetRefusal(target: string): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `refusing ${target}: not a URL`;
  }
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.username || url.password) {
    return `refusing ${target}: load runs only against http://127.0.0.1:PORT (a local wrangler dev)`;
  }
  return null;
}
