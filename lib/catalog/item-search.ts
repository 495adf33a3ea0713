// Autocomplete over catalog items for manual entry: Chinese text anywhere in a name, or pinyin
// initials from the start (XHDB → 血红蛋白). Pure; the index is generated at build time.
export interface ItemSearchEntry {
  concept: string;
  label: string;
  kind: 'lab' | 'imaging';
  names: string[];
  initials: string[];
}

export interface ItemSearchIndex {
  version: 1;
  entries: ItemSearchEntry[];
}

function fold(text: string): string {
  // Full-width to half-width and no spaces: HIS users type either.
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '').toUpperCase();
}

export function searchItems(index: ItemSearchIndex, query: string, limit = 12): ItemSearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { entry: ItemSearchEntry; score: number }[] = [];
  for (const entry of index.entries) {
    let score = 0;
    for (const name of entry.names) {
      const folded = fold(name);
      if (folded === q) score = Math.max(score, 100);
      else if (folded.startsWith(q)) score = Math.max(score, 80);
      else if (folded.includes(q)) score = Math.max(score, 60);
    }
    if (/^[A-Z0-9]+$/.test(q)) {
      for (const code of entry.initials) {
        if (code === q) score = Math.max(score, 90);
        else if (code.startsWith(q)) score = Math.max(score, 70);
      }
    }
    if (score > 0) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map((item) => item.entry);
}
