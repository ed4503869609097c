/**
 * Every size limit of the public API, in one place. The Worker enforces them on input, the extension
 * and the CLI trim to them before sending, and the README documents them.
 */
export const LIMITS = {
  /** Largest request body the Worker reads, in bytes (413 above). */
  maxBodyBytes: 1_000_000,
  /** Most blocks in one analyze request. */
  maxBlocks: 2_000,
  /** Longest single block text, in UTF-16 code units. */
  maxBlockChars: 20_000,
  /** Longest block id. */
  maxBlockIdChars: 64,
  /** Longest title. */
  maxTitleChars: 1_000,
  /** Longest URL. */
  maxUrlChars: 4_096,
  /** Largest share request body (`{url, analysis}` as sent), in bytes (413 above): analyses, never article text. */
  maxShareBytes: 256_000,
} as const;
