/**
 * Options: the Worker URL. Saving a URL outside the manifest's grant first asks the browser for that
 * origin (permissions.request must run inside the click, before any await), then stores the URL and
 * checks the Worker's /health so the reader knows at once whether it is reachable.
 */
import { browser } from 'wxt/browser';
import { normalizeWorkerUrl, originPatternFor } from '../../worker-url.ts';
import { DEFAULT_WORKER_URL, workerUrlItem } from '../../storage.ts';

const form = document.querySelector<HTMLFormElement>('#worker-form');
const input = document.querySelector<HTMLInputElement>('#worker-url');
const reset = document.querySelector<HTMLButtonElement>('#reset');
const statusLine = document.querySelector<HTMLElement>('#status');
if (!form || !input || !reset || !statusLine) throw new Error('options page markup changed: a control is missing');
const status: HTMLElement = statusLine;

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = text;
  status.dataset.kind = kind;
}

void workerUrlItem.getValue().then((url) => {
  input.value = url;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const workerUrl = normalizeWorkerUrl(input.value);
  if (!workerUrl) {
    say('Enter an http:// or https:// address, such as http://127.0.0.1:8787.', 'error');
    return;
  }
  const pattern = originPatternFor(workerUrl);
  // Called synchronously in the submit handler: browsers only show the prompt during a user gesture.
  const permission = pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(true);
  void permission.then(async (granted) => {
    if (!granted) {
      say(`Not saved: Article Lens needs permission to reach ${pattern}.`, 'error');
      return;
    }
    await workerUrlItem.setValue(workerUrl);
    input.value = workerUrl;
    say(`Saved. Checking ${workerUrl}/health …`);
    say(await healthMessage(workerUrl), 'info');
  }, (error: unknown) => say(`Not saved: ${error instanceof Error ? error.message : String(error)}`, 'error'));
});

reset.addEventListener('click', () => {
  input.value = DEFAULT_WORKER_URL;
  form.requestSubmit();
});

async function healthMessage(workerUrl: string): Promise<string> {
  try {
    const response = await fetch(`${workerUrl}/health`, { signal: AbortSignal.timeout(5_000) });
    return response.ok ? `Saved. The Worker at ${workerUrl} is reachable.` : `Saved, but ${workerUrl}/health answered ${response.status}.`;
  } catch {
    return `Saved, but ${workerUrl} is not reachable right now (for the local Worker: npm start).`;
  }
}
