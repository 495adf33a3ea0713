// Flattens the matcher's answer (item, panel, several parts) into the concepts the engine judges.
import type { ItemMatch, MatchConfidence, OrderMatch } from '../matching/match-types.ts';

export interface FlatItem {
  readonly concept: string;
  readonly confidence: MatchConfidence;
  readonly rule: string;
  /** The matcher's explanation when the match is only probable. */
  readonly note?: string;
  /** Set when the concept came from a panel name. */
  readonly panelId?: string;
}

export interface FlatMatch {
  readonly items: readonly FlatItem[];
  readonly panels: readonly { id: string; name: string }[];
  /** Inputs (parts) the matcher could not match. */
  readonly unmatchedParts: readonly { input: string; reason: string }[];
}

function weaker(a: MatchConfidence, b: MatchConfidence): MatchConfidence {
  return a === 'certain' && b === 'certain' ? 'certain' : 'probable';
}

export function flattenMatch(match: OrderMatch): FlatMatch {
  const items: FlatItem[] = [];
  const panels: { id: string; name: string }[] = [];
  const unmatchedParts: { input: string; reason: string }[] = [];
  const visit = (m: OrderMatch) => {
    switch (m.kind) {
      case 'item':
        items.push(...m.items.map((i: ItemMatch) => ({ concept: i.concept, confidence: i.confidence, rule: i.rule, ...(i.note ? { note: i.note } : {}) })));
        return;
      case 'panel':
        panels.push({ id: m.panelId, name: m.panelName });
        items.push(...m.items.map((i) => ({ concept: i.concept, confidence: weaker(i.confidence, m.confidence), rule: `${m.rule}/${i.rule}`, panelId: m.panelId, ...(i.note ? { note: i.note } : {}) })));
        return;
      case 'multi':
        m.parts.forEach(visit);
        return;
      case 'none':
        unmatchedParts.push({ input: m.input, reason: m.reason });
        return;
    }
  };
  visit(match);
  // One verdict per concept: the first occurrence wins, but a probable duplicate never hides a certain one.
  const byConcept = new Map<string, FlatItem>();
  for (const item of items) {
    const seen = byConcept.get(item.concept);
    if (!seen) byConcept.set(item.concept, item);
    else if (seen.confidence === 'probable' && item.confidence === 'certain') byConcept.set(item.concept, { ...item, panelId: seen.panelId ?? item.panelId });
  }
  return { items: [...byConcept.values()], panels, unmatchedParts };
}

/** The order-level match summary of the response. */
export function matchSummary(match: OrderMatch): { confidence: 'certain' | 'probable' | 'none'; rule: string } {
  switch (match.kind) {
    case 'item':
      return { confidence: match.items[0].confidence, rule: match.items[0].rule };
    case 'panel':
      return { confidence: match.items.every((i) => i.confidence === 'certain') ? match.confidence : 'probable', rule: match.rule };
    case 'none':
      return { confidence: 'none', rule: 'none' };
    case 'multi': {
      const parts = match.parts.map(matchSummary).filter((p) => p.confidence !== 'none');
      if (parts.length === 0) return { confidence: 'none', rule: 'multi' };
      return { confidence: parts.every((p) => p.confidence === 'certain') ? 'certain' : 'probable', rule: 'multi' };
    }
  }
}
