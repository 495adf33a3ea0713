// Busy grids resend the same order names many times a second: a verdict depends only on the order's
// name and the request's context (patient's priors, ordering hospital, policy, exceptions, QC list
// and the Shanghai calendar day), so the background judges each name once per context and reuses
// it. Pure (the engine is passed in).
import type { EvaluateRequest, OrderVerdict } from '../rules/evaluate-schema.ts';

const MAX_CONTEXTS = 20;
const MAX_NAMES = 2_000;

export function createVerdictCache() {
  const contexts = new Map<string, Map<string, OrderVerdict>>();
  return {
    verdicts(request: EvaluateRequest, policyKey: string, judge: (request: EvaluateRequest) => OrderVerdict[]): OrderVerdict[] {
      const { now, orders, ...context } = request;
      // Verdicts change with the calendar day (validity, days left), not within it.
      const key = JSON.stringify([now.slice(0, 10), policyKey, context]);
      let byName = contexts.get(key);
      if (!byName) {
        byName = new Map();
        contexts.set(key, byName);
        if (contexts.size > MAX_CONTEXTS) contexts.delete(contexts.keys().next().value as string);
      }
      const missing = [...new Set(orders.map((order) => order.name).filter((name) => !byName.has(name)))];
      if (missing.length > 0) {
        const judged = judge({ ...request, orders: missing.map((name) => ({ name })) });
        missing.forEach((name, index) => {
          if (byName.size >= MAX_NAMES) byName.delete(byName.keys().next().value as string);
          byName.set(name, judged[index]!);
        });
      }
      return orders.map((order) => byName.get(order.name) ?? judge({ ...request, orders: [order] })[0]!);
    },
  };
}
