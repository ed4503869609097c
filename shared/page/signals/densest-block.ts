import { contribution, type Signal } from './signal.ts';

/**
 * Text and link density of the main block: an article's densest container holds a long run of
 * prose with few links; a list's or portal's densest container is short or mostly links. Also looks
 * at the whole page: when most of the body text is link text the page is a hub.
 */
export const densestBlock: Signal = (context) => {
  const block = context.densest;
  if (!block || block.textLength === 0) return contribution(-1.5, 'no text block');
  const linkDensity = block.linkLength / block.textLength;
  const prose = block.textLength - block.linkLength;
  const share = context.bodyLength > 0 ? prose / context.bodyLength : 0;
  const pageLinkDensity = context.bodyLength > 0 ? context.bodyLinkLength / context.bodyLength : 1;
  const facts = `main block ${Math.round(prose)} chars, links ${(linkDensity * 100).toFixed(0)}%, ${(share * 100).toFixed(0)}% of page`;
  if (linkDensity > 0.5 || prose < 400) return contribution(-1.2, facts);
  if (pageLinkDensity > 0.6 && share < 0.25) return contribution(-0.8, `${facts}, page links ${(pageLinkDensity * 100).toFixed(0)}%`);
  if (prose >= 1500 && linkDensity < 0.25) return contribution(share >= 0.3 ? 1.2 : 0.7, facts);
  if (prose >= 800 && linkDensity < 0.3) return contribution(0.4, facts);
  return contribution(0, facts);
};
