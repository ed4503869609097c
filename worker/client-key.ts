/** An IPv6 address: hex groups separated by colons, possibly with one `::` and a dotted IPv4 tail. */
const IPV6 = /^[0-9a-f:.]+$/i;
/** One IPv6 group: up to four hex digits. */
const IPV6_GROUP = /^[0-9a-f]{1,4}$/;
/** Leading zeros of a group, keeping a lone 0, so 0db8 and db8 give the same key. */
const LEADING_ZEROS = /^0+(?=.)/;
/** What the rate limiter counts when there is no client address: local runs (wrangler dev, tests). */
export const LOCAL_CLIENT = 'local';

/**
 * Who is asking, for per-client rate limits: the address Cloudflare puts in `CF-Connecting-IP` (set by
 * Cloudflare's edge and not forgeable through it). IPv6 counts per /64, the block one subscriber usually
 * gets — otherwise a client could rotate through 2^64 addresses of its own. Without the header (a local
 * run) every request is the one LOCAL_CLIENT.
 *
 * @example clientKey(new Request('https://x', { headers: { 'cf-connecting-ip': '2001:db8:1:2:3:4:5:6' } })) // 'ip6:2001:db8:1:2'
 */
export function clientKey(request: Request): string {
  const address = request.headers.get('cf-connecting-ip')?.trim() ?? '';
  if (!address) return LOCAL_CLIENT;
  if (address.includes(':') && IPV6.test(address)) {
    const prefix = ipv6Prefix64(address);
    if (prefix) return `ip6:${prefix}`;
  }
  // IPv4 (or anything unexpected, kept whole but bounded so a key never grows with the header).
  return `ip:${address.slice(0, 64)}`;
}

/** The first four groups of an IPv6 address, `::` expanded and leading zeros dropped; null if malformed. */
function ipv6Prefix64(address: string): string | null {
  const halves = address.toLowerCase().split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  // A dotted IPv4 tail (::ffff:1.2.3.4) fills two groups.
  const tailWidth = tail.reduce((width, group) => width + (group.includes('.') ? 2 : 1), 0);
  const missing = 8 - head.length - tailWidth;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const full = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const first = full.slice(0, 4);
  if (first.some((group) => !IPV6_GROUP.test(group))) return null;
  return first.map((group) => group.replace(LEADING_ZEROS, '')).join(':');
}
