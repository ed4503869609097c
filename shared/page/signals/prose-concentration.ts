import { contribution, type Signal } from './signal.ts';

/**
 * Where the long paragraphs are: an article keeps its prose together in one container; forum
 * threads, review pages and service pages spread long paragraphs over many separate boxes (one per
 * post, review or feature). Measured as the share of long-paragraph text inside the densest container.
 */
export const proseConcentration: Signal = (context) => {
  if (!context.densest || context.paragraphLengths.length === 0) return null;
  const share = context.concentration;
  const facts = `${(share * 100).toFixed(0)}% of long prose in the main block`;
  if (share >= 0.7) return contribution(0.6, facts);
  if (share < 0.3) return contribution(-1.2, facts);
  if (share < 0.5) return contribution(-0.5, facts);
  return null;
};
