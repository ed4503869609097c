/**
 * The paste page's client (served as /app.js): paste text or open a saved .html file, POST the blocks
 * to /v1/analyze, and show the answer with the extension's own sidebar renderer.
 */
import { renderSidebar, type SidebarState } from '../../extension/sidebar/render.ts';
import type { AnalyzeRequest } from '../../shared/schema/index.ts';
import { blocksFromText } from './blocks-from-text.ts';
import { MESSAGES } from './messages.ts';
import { postAnalyze } from './post-analyze.ts';
import { requestFromHtmlFile } from './request-from-html-file.ts';

/** An element the page must have (worker/views/paste-page.ts); a missing one is a programmer error. */
function required<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`paste page: #${id} is missing`);
  return element;
}

const form = required('paste-form', HTMLFormElement);
const textInput = required('article-text', HTMLTextAreaElement);
const firstLineIsTitle = required('first-line-title', HTMLInputElement);
const fileInput = required('article-file', HTMLInputElement);
const submitButton = required('analyze-button', HTMLButtonElement);
const status = required('status', HTMLElement);
const result = required('result', HTMLElement);

const locale = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

function show(state: SidebarState, retry: () => void): void {
  result.hidden = false;
  renderSidebar(result, state, { onRetry: retry, onCopyMarkdown: copyText }, { locale });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Runs one analysis; a second submit while one is running is ignored (the button is disabled). */
async function analyse(request: AnalyzeRequest, source: string, note = ''): Promise<void> {
  if (request.blocks.length === 0) {
    status.textContent = MESSAGES.noBlocks;
    return;
  }
  const retry = () => void analyse(request, source, note);
  submitButton.disabled = true;
  status.textContent = [note, MESSAGES.analysing(request.blocks.length)].filter(Boolean).join(' ');
  show({ status: 'loading' }, retry);
  try {
    const outcome = await postAnalyze(request);
    if (outcome.ok) {
      show({ status: 'ready', analysis: outcome.analysis, ...(request.url ? { url: request.url } : {}) }, retry);
      status.textContent = [note, MESSAGES.done(request.blocks.length, source)].filter(Boolean).join(' ');
    } else {
      show({ status: 'error', code: outcome.code, message: outcome.message }, retry);
      status.textContent = note;
    }
  } finally {
    submitButton.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (textInput.value.trim() === '') {
    status.textContent = MESSAGES.emptyText;
    textInput.focus();
    return;
  }
  void analyse(blocksFromText(textInput.value, { firstLineIsTitle: firstLineIsTitle.checked }), MESSAGES.pastedText);
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  // Clear the input so choosing the same file again (after editing it) fires `change` again.
  fileInput.value = '';
  if (!file) return;
  status.textContent = MESSAGES.readingFile(file.name);
  let fromFile;
  try {
    fromFile = await requestFromHtmlFile(file);
  } catch (error) {
    console.error(error);
    status.textContent = MESSAGES.fileFailed(file.name);
    return;
  }
  await analyse(fromFile.request, file.name, fromFile.detection.isArticle ? '' : MESSAGES.notArticle);
});
