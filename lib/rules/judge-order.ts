// One order: match its name, judge each catalog item it stands for (a panel → each component), and
// derive the order's status (D14): the strongest item status, ranked required > exempt > optional >
// not-eligible > no-prior > unmatched; an order with no judged item is `unmatched`. A panel's
// coverage counts the components with a usable prior (required, exempt or optional): `full` only
// when every component is covered and the panel has no member outside the lists.
import type { OrderVerdict, Reason, VerdictStatus } from './evaluate-schema.ts';
import type { EngineContext } from './engine-context.ts';
import type { OrderNameMatcher } from './prior-concepts.ts';
import { STATUS_RANK, finding } from './findings.ts';
import { flattenMatch, matchSummary } from './match-flatten.ts';
import { judgeItem, type JudgedItem } from './judge-item.ts';
import { buildCard } from './build-card.ts';
import { TEXT } from './rule-texts.ts';
import { decisionClause } from './clauses.ts';

export type Coverage = 'full' | 'partial' | 'none';

const COVERED: ReadonlySet<VerdictStatus> = new Set(['required', 'exempt', 'optional']);

export function orderStatus(items: readonly { status: VerdictStatus }[]): VerdictStatus {
  return items.reduce<VerdictStatus>((best, i) => (STATUS_RANK[i.status] > STATUS_RANK[best] ? i.status : best), 'unmatched');
}

export function panelCoverage(components: readonly string[], unlisted: number, judged: readonly JudgedItem[]): Coverage {
  const statusOf = new Map(judged.map((j) => [j.verdict.concept, j.verdict.status]));
  const covered = components.filter((c) => COVERED.has(statusOf.get(c) ?? 'unmatched')).length;
  if (covered === 0) return 'none';
  return covered === components.length && unlisted === 0 ? 'full' : 'partial';
}

export function judgeOrder(ctx: EngineContext, matcher: OrderNameMatcher): OrderVerdict {
  const match = matcher(ctx.orderName, ctx.set);
  const flat = flattenMatch(match);
  const reasons: Reason[] = [];
  const judged: JudgedItem[] = [];
  for (const item of flat.items) {
    const result = judgeItem(ctx, item);
    if (result) judged.push(result);
    else reasons.push(finding('none', 'concept-not-listed', decisionClause('D19'), TEXT.conceptNotListed(item.concept)).reason);
  }
  for (const part of flat.unmatchedParts) {
    const unmatchedWhole = flat.items.length === 0 && part.input === match.input;
    reasons.push(unmatchedWhole
      ? finding('none', 'order-unmatched', decisionClause('D19'), TEXT.orderUnmatched(ctx.orderName, part.reason)).reason
      : finding('none', 'order-part-unmatched', decisionClause('D19'), TEXT.orderPartUnmatched(part.input)).reason);
  }
  if (judged.length === 0 && !reasons.some((r) => r.code === 'order-unmatched')) {
    reasons.push(finding('none', 'order-unmatched', decisionClause('D19'), TEXT.orderUnmatched(ctx.orderName, match.kind === 'none' ? match.reason : '无清单项目')).reason);
  }

  let panel: OrderVerdict['panel'];
  if (flat.panels.length === 1) {
    const { id, name } = flat.panels[0]!;
    const definition = ctx.set.panels.find((p) => p.id === id);
    const components = definition?.components ?? flat.items.filter((i) => i.panelId === id).map((i) => i.concept);
    const unlisted = definition?.unlistedComponents ?? [];
    panel = { id, name, coverage: panelCoverage(components, unlisted.length, judged) };
    if (unlisted.length > 0) reasons.push(finding('none', 'panel-unlisted-components', decisionClause('D14'), TEXT.panelUnlisted(name, unlisted)).reason);
  }

  const items = judged.map((j) => j.verdict);
  const status = orderStatus(items);
  const verdict: Omit<OrderVerdict, 'card'> = {
    order: ctx.orderName,
    status,
    ...(panel ? { panel } : {}),
    match: matchSummary(match),
    items,
    ...(reasons.length > 0 ? { reasons } : {}),
  };
  return { ...verdict, card: buildCard(verdict, judged) };
}
