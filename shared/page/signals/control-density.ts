import { contribution, type Signal } from './signal.ts';

/** Fewer buttons than this are a page's ordinary chrome (menu, search, share, subscribe). */
const MANY_BUTTONS = 15;
/** Buttons per long paragraph of the main block above which the page is for doing, not reading. */
const BUTTONS_PER_PARAGRAPH = 3;

/**
 * Pages for doing rather than reading — shops, product grids, configurators, booking pages — carry a
 * button per item (add to cart, filter, quantity, compare), many more than they have paragraphs of
 * prose. An article has a few buttons (menu, share, subscribe) whatever its length.
 *
 * @example a product grid with 44 <button>s and one long paragraph → -1.0
 */
export const controlDensity: Signal = (context) => {
  const buttons = context.elements('button').length;
  const paragraphs = context.mainProseParagraphs;
  if (buttons < MANY_BUTTONS || buttons <= BUTTONS_PER_PARAGRAPH * Math.max(1, paragraphs)) return null;
  return contribution(-1, `${buttons} buttons for ${paragraphs.toFixed(0)} paragraph(s) of prose`);
};
