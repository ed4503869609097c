import { buildDetectionContext } from '../signals/context.ts';

/**
 * The live element holding the densest run of prose, by text density alone (the same walk detection
 * uses): the fallback when Readability returns nothing or loses the body, as it does on several
 * Chinese portals whose class names or nesting it misreads.
 */
export function densestContainer(doc: Document): { element: Element; proseLength: number } | undefined {
  const densest = buildDetectionContext(doc).densest;
  if (!densest) return undefined;
  return { element: densest.element, proseLength: densest.textLength - densest.linkLength };
}
