// Progress lines stamped with the seconds since the run started (the same clock gives results.json its duration).
export const startedAt = Date.now();

export function log(message: string): void {
  console.log(`[bench +${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}
