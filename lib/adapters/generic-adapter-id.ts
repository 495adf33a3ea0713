/** The adapter id a screen read by the generic detector reports (lib/content/generic-adapter.ts). */
export const GENERIC_ADAPTER_ID = 'generic-detected';
