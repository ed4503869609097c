import { el } from './dom.ts';
import type { Labels } from './labels.ts';
import { LOADING_STEPS, type LoadingStep } from './types.ts';

/**
 * Loading with progress: which step is running and how far along that is, as a native <progress> (so
 * assistive tools read "step 2 of 2") in a polite live region that announces each new step.
 */
export function renderLoading(step: LoadingStep = 'reading', labels: Labels): HTMLElement {
  const position = LOADING_STEPS.indexOf(step) + 1;
  const text = step === 'reading' ? labels.progressReading : labels.progressAnalysing;
  const bar = el('progress', {
    className: 'al-progress',
    attrs: { max: String(LOADING_STEPS.length + 1), value: String(position), 'aria-label': labels.progress(position, LOADING_STEPS.length) },
  });
  return el('div', { className: 'al-loading', part: 'loading', attrs: { role: 'status', 'aria-live': 'polite', 'data-step': step } }, [
    el('div', { className: 'al-loading-line' }, [el('span', { className: 'al-spinner', attrs: { 'aria-hidden': 'true' } }), text]),
    bar,
  ]);
}
