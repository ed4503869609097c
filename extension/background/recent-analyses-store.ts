/**
 * Where the background keeps its recent analyses: the `session:` storage area, through its WXT storage
 * item. It holds its contents while the MV3 service worker is stopped and started again (module state
 * would not), is cleared when the browser closes, and is out of reach of content scripts by default
 * (Chrome's TRUSTED_CONTEXTS; Firefox exposes no session area to them), so a page cannot read what
 * another page's analysis said. Firefox has had `storage.session` since 115, in MV2 as in MV3; a
 * browser without it gets a list held in memory, which lasts as long as the background does.
 */
import { browser } from 'wxt/browser';
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { RecentAnalysesStore, RecentAnalysis } from './recent-analyses.ts';

export function recentAnalysesStore(item: WxtStorageItem<RecentAnalysis[], Record<string, unknown>>): RecentAnalysesStore {
  if (browser.storage?.session) return { read: () => item.getValue(), write: (entries) => item.setValue(entries) };
  let memory: RecentAnalysis[] = [];
  return {
    read: async () => memory,
    write: async (entries) => {
      memory = entries;
    },
  };
}
