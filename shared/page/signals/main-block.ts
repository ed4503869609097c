import { contribution, type Signal } from './signal.ts';

/**
 * The main block — the one container whose sibling paragraphs carry the most long prose — is the
 * positive evidence of an article: its length (CJK-aware, see readingLength) and its link density.
 * Page-wide text totals are not used: a forum thread or a service page has as much prose as an
 * article, but spread over many boxes (see proseConcentration).
 */
export const mainBlock: Signal = (context) => {
  const block = context.mainBlock;
  if (!block || context.longParagraphs === 0) return contribution(-2, 'no paragraph of prose');
  const { prose, linkDensity } = block;
  const facts = `main block: ${context.mainParagraphs} long paragraph(s), ${Math.round(prose)} chars, ${(linkDensity * 100).toFixed(0)}% links`;
  // Readability discounts a candidate by its link density; above one half it is a link list.
  if (linkDensity > 0.5) return contribution(-1.5, facts);
  for (const [minimum, weight] of PROSE_STEPS) if (prose >= minimum && linkDensity <= 0.3) return contribution(weight, facts);
  return contribution(-1, facts);
};

/**
 * Main-block prose (reading length) → weight. 2500 is about 400 English words or 800 汉字, a short
 * news story; 600 is a brief (three or four sentences) — the least an article can be.
 */
const PROSE_STEPS: ReadonlyArray<readonly [number, number]> = [
  [2500, 2],
  [1200, 1.4],
  [600, 0.7],
  [300, 0],
];
