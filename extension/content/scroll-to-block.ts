/**
 * Brings a block's live element into view. `scrollIntoView` (not window.scrollTo) so sections inside a
 * page's own scrolling container work too; instant when the reader asked for reduced motion.
 */
export function scrollToBlock(elements: ReadonlyMap<string, Element>, blockId: string, block: ScrollLogicalPosition = 'start'): boolean {
  const element = elements.get(blockId);
  // The page may have re-rendered since extraction; a detached element cannot be scrolled to.
  if (!element || !element.isConnected) return false;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block, inline: 'nearest' });
  return true;
}
