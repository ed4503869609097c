import { contribution, type Signal } from './signal.ts';

/**
 * Where the long paragraphs are: an article keeps its prose together in one container; forum
 * threads, review pages and service pages spread it over many separate boxes (one per post, review
 * or feature). Measured as the share of long-paragraph prose inside the main block.
 */
export const proseConcentration: Signal = (context) => {
  if (!context.mainBlock || context.longParagraphs === 0) return null;
  const share = context.concentration;
  const facts = `${(share * 100).toFixed(0)}% of long prose in the main block`;
  // With one or two long paragraphs the share is trivially high: it says something only about several.
  if (share >= 0.8 && context.mainParagraphs >= 3) return contribution(0.5, facts);
  if (share < 0.3) return contribution(-2, facts);
  if (share < 0.5) return contribution(-1, facts);
  return contribution(0, facts);
};
