/** How long a share lives unless SHARE_TTL_DAYS says otherwise (issue 5: 30 days by default). */
export const DEFAULT_SHARE_TTL_DAYS = 30;
/** The longest SHARE_TTL_DAYS honoured: a share link is for passing an article on, not an archive. */
export const MAX_SHARE_TTL_DAYS = 365;

const SECONDS_PER_DAY = 86_400;
/** A whole number of days, nothing else ("7", not "7d" or "1e3"). */
const WHOLE_DAYS = /^\d{1,4}$/;

/**
 * The share lifetime in seconds from the SHARE_TTL_DAYS variable (wrangler.toml [vars]). A missing,
 * malformed or out-of-range value falls back to the default instead of failing every share create.
 *
 * @example shareTtlSeconds('7') // 604800
 */
export function shareTtlSeconds(days: string | undefined): number {
  const trimmed = days?.trim() ?? '';
  const parsed = WHOLE_DAYS.test(trimmed) ? Number(trimmed) : NaN;
  const valid = parsed >= 1 && parsed <= MAX_SHARE_TTL_DAYS;
  if (days !== undefined && !valid) console.warn(`SHARE_TTL_DAYS=${JSON.stringify(days.slice(0, 20))} ignored; using ${DEFAULT_SHARE_TTL_DAYS}`);
  return (valid ? parsed : DEFAULT_SHARE_TTL_DAYS) * SECONDS_PER_DAY;
}
