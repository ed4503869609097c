/**
 * Brings a text range (a quote) into view, centred. A block that fits on screen is scrolled as a whole
 * (scrollIntoView also handles pages that scroll inside their own container); a block taller than the
 * screen is scrolled to the range itself, so a quote near the end of a long paragraph is not left
 * below the fold. Instant when the reader asked for reduced motion.
 */
export function scrollToRange(range: Range, element: Element): void {
  const behavior: ScrollBehavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  if (element.getBoundingClientRect().height <= window.innerHeight * 0.8) {
    element.scrollIntoView({ behavior, block: 'center', inline: 'nearest' });
    return;
  }
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top - (window.innerHeight - box.height) / 2, behavior });
}
