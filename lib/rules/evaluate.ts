// The engine's entry point: `evaluate(request, options)` judges each order of the request against
// the priors, deterministically given `request.now`, on any machine time zone. Defaults: the
// built-in catalogs and the item-name matcher; both, and the policy settings, are injectable.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { matchOrderName } from '../matching/match-order-name.ts';
import type { EvaluateRequest, EvaluateResponse } from './evaluate-schema.ts';
import type { PolicySettingsInput } from './policy-settings.ts';
import type { OrderNameMatcher } from './prior-concepts.ts';
import { evaluateWith } from './evaluate-with.ts';

export interface EvaluateOptions {
  /** Catalogs and panels to judge against; default `builtinCatalogSet`. */
  readonly catalogSet?: CatalogSet;
  /** Item-name matcher; default `matchOrderName` (lib/matching/match-order-name.ts). */
  readonly matchOrderName?: OrderNameMatcher;
  /** Deployment policy (docs/decisions.md); defaults fill what is absent. */
  readonly policy?: PolicySettingsInput;
}

/**
 * Judges a validated request. Run `parseEvaluateRequest` on untrusted input first: an impossible
 * date throws a RangeError, an invalid policy a ZodError.
 */
export function evaluate(request: EvaluateRequest, options: EvaluateOptions = {}): EvaluateResponse {
  return evaluateWith(request, {
    catalogSet: options.catalogSet ?? builtinCatalogSet,
    matchOrderName: options.matchOrderName ?? ((name, set) => matchOrderName(name, set)),
    ...(options.policy !== undefined ? { policy: options.policy } : {}),
  });
}

export { parseEvaluateRequest, type ParseRequestResult, type RequestError } from './parse-request.ts';
