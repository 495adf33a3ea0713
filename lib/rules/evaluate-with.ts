// The engine with every dependency explicit. `evaluate.ts` supplies the built-in catalogs and the
// matcher; tests and the CLI may pass their own. Pure: no clock (the request carries `now`), no I/O.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { EvaluateRequest, EvaluateResponse } from './evaluate-schema.ts';
import type { EngineContext } from './engine-context.ts';
import { resolvePolicySettings, type PolicySettingsInput } from './policy-settings.ts';
import { resolvePriorConcepts, type OrderNameMatcher } from './prior-concepts.ts';
import { judgeOrder } from './judge-order.ts';
import { formatDate, instantOf, shanghaiDateOf } from './shanghai-calendar.ts';

export interface EvaluateDeps {
  readonly catalogSet: CatalogSet;
  readonly matchOrderName: OrderNameMatcher;
  readonly policy?: PolicySettingsInput;
}

/** Throws a RangeError on impossible dates; run `parseEvaluateRequest` first on untrusted input. */
export function evaluateWith(request: EvaluateRequest, deps: EvaluateDeps): EvaluateResponse {
  const policy = resolvePolicySettings(deps.policy);
  const nowMs = instantOf(request.now);
  const base: Omit<EngineContext, 'orderName'> = {
    request,
    set: deps.catalogSet,
    policy,
    nowMs,
    today: formatDate(shanghaiDateOf(nowMs)),
    orderingRegion: request.orderingInstitution.region,
    priors: resolvePriorConcepts(request.priors, deps.catalogSet, deps.matchOrderName, policy),
  };
  return { verdicts: request.orders.map((order) => judgeOrder({ ...base, orderName: order.name }, deps.matchOrderName)) };
}
