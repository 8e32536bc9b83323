import type { DraftStorage } from '@kohtaamo/core';

/**
 * The page's localStorage, or null where it cannot be used: private browsing, storage blocked
 * by the browser's settings (reading `window.localStorage` throws there), or a full quota.
 */
export function safeLocalStorage(): DraftStorage | null {
  return usable(() => globalThis.localStorage);
}

/** The tab's sessionStorage (gone when the tab closes), or null where it cannot be used. */
export function safeSessionStorage(): DraftStorage | null {
  return usable(() => globalThis.sessionStorage);
}

function usable(get: () => Storage | undefined): DraftStorage | null {
  try {
    const storage = get();
    if (!storage) return null;
    const probe = '__kohtaamo_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
