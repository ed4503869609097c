import * as z from 'zod';

/** The verdict of article detection: a score in [0, 1] and the signals that moved it. */
export const Detection = z.object({
  isArticle: z.boolean(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type Detection = z.infer<typeof Detection>;
