// Compact text forms of an OrderMatch, for logs, the CLI and table tests.
import type { ItemMatch, OrderMatch } from './match-types.ts';

/** `img:CT:chest:none:plain:none certain`, `panel:cbc certain`, `a + b` for multi, `none`. */
export function summarizeMatch(m: OrderMatch): string {
  switch (m.kind) {
    case 'item':
      return `${m.items[0].concept} ${m.items[0].confidence}`;
    case 'panel':
      return `panel:${m.panelId} ${m.confidence}`;
    case 'multi':
      return m.parts.map(summarizeMatch).join(' + ');
    case 'none':
      return 'none';
  }
}

/** Every item match inside (panel components and multi parts included). */
export function allItemMatches(m: OrderMatch): ItemMatch[] {
  switch (m.kind) {
    case 'item':
    case 'panel':
      return m.items;
    case 'multi':
      return m.parts.flatMap(allItemMatches);
    case 'none':
      return [];
  }
}

/** True when some part of the match is `certain` for the concept. */
export function isCertainFor(m: OrderMatch, concept: string): boolean {
  return allItemMatches(m).some((i) => i.concept === concept && i.confidence === 'certain');
}
