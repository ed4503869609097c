import { toBase64url } from './random-base64url.ts';

const encoder = new TextEncoder();

/**
 * The SHA-256 of a delete token, base64url. Only this hash is stored: someone who can read the
 * KV namespace (or a leaked backup) still cannot delete shares. The token has 256 random bits, so a
 * plain hash suffices — there is nothing to brute-force that a slow KDF would protect.
 */
export async function hashDeleteToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(token));
  return toBase64url(new Uint8Array(digest));
}

/**
 * Whether `token` hashes to `storedHash`, compared in constant time (workerd's
 * `crypto.subtle.timingSafeEqual`) so response timing never tells how many characters matched.
 * Both sides are SHA-256 hashes of the same length, so the length check leaks nothing either.
 */
export async function deleteTokenMatches(token: string, storedHash: string): Promise<boolean> {
  const presented = encoder.encode(await hashDeleteToken(token));
  const stored = encoder.encode(storedHash);
  if (presented.byteLength !== stored.byteLength) return false;
  return crypto.subtle.timingSafeEqual(presented, stored);
}
