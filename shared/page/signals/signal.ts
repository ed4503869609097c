import type { DetectionContext } from './context.ts';

/**
 * One piece of evidence: `weight` is added to the article log-odds (positive = looks like an
 * article), `reason` says why in a few words for the `reasons` list.
 */
export interface Contribution {
  weight: number;
  reason: string;
}

/** A detection signal: a small pure function of the shared context; null when it has nothing to say. */
export type Signal = (context: DetectionContext) => Contribution | null;

/** Formats a contribution's reason with its signed weight, e.g. "og:type=article (+1.5)". */
export function contribution(weight: number, reason: string): Contribution {
  return { weight, reason: `${reason} (${weight >= 0 ? '+' : ''}${weight.toFixed(1)})` };
}
