/**
 * `byteCount` bytes from the platform CSPRNG (crypto.getRandomValues), as unpadded base64url:
 * URL-safe, so it needs no escaping in a path or an Authorization header.
 *
 * @example randomBase64url(16) // 'q3Z0v9Xh1cL8bW2mN5rT7g' — 128 bits, 22 characters
 */
export function randomBase64url(byteCount: number): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/** Unpadded base64url of `bytes` (RFC 4648 §5). */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
