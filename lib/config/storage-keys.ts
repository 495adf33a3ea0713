// Keys in extension storage (chrome.storage.local: the extension's own, never the page's). Shared by
// the background, which writes them, and the content script, which reads the adapters; kept apart
// so the content script does not pull in zod.
export const STORAGE_KEYS = { adapters: 'deploymentAdapters', origins: 'deploymentOrigins' } as const;
