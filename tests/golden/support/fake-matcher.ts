// A deterministic stand-in for the item-name matcher: exact item names and aliases are `certain`,
// names ending in `?` are the same item but `probable`, panel names expand to their components,
// `A+B` is several parts, a concept key matches itself, anything else is `none`.
import type { CatalogSet } from '../../../lib/catalog/catalog-set.ts';
import type { OrderMatch } from '../../../lib/matching/match-types.ts';

export function fakeMatcher(name: string, set: CatalogSet): OrderMatch {
  const normalized = name.trim();
  const panel = set.panels.find((p) => p.name === normalized);
  if (panel) {
    return { kind: 'panel', input: name, normalized, panelId: panel.id, panelName: panel.name, confidence: 'certain', rule: 'panel-name', items: panel.components.map((c) => ({ concept: c, confidence: 'certain' as const, rule: 'panel-component' })) };
  }
  if (normalized.includes('+')) {
    return { kind: 'multi', input: name, normalized, parts: normalized.split('+').map((part) => fakeMatcher(part, set)) };
  }
  const probable = normalized.endsWith('?');
  const key = probable ? normalized.slice(0, -1) : normalized;
  if (set.entriesByConcept.has(key)) {
    return { kind: 'item', input: name, normalized, items: [{ concept: key, confidence: probable ? 'probable' : 'certain', rule: 'concept-key' }] };
  }
  for (const [concept, entries] of set.entriesByConcept) {
    if (entries.some((e) => e.item.name === key || e.item.aliases.includes(key))) {
      return { kind: 'item', input: name, normalized, items: [{ concept, confidence: probable ? 'probable' : 'certain', rule: 'name-exact' }] };
    }
  }
  return { kind: 'none', input: name, normalized, reason: '测试匹配器：无此名称' };
}
