import { storage } from 'wxt/utils/storage';

/** Where local builds find the Worker: the address `npm start` runs it on. */
export const DEFAULT_WORKER_URL = 'http://127.0.0.1:8787';

/**
 * The base URL of the Worker that analyses articles (no trailing slash). `sync:` so the choice follows
 * the user across browsers; tests set it through `chrome.storage.sync.set({ workerUrl })`.
 */
export const workerUrlItem = storage.defineItem<string>('sync:workerUrl', {
  fallback: DEFAULT_WORKER_URL,
});
