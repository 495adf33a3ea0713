// What every rule may read while one request is judged. Built once per request by evaluate.ts.
import type { CatalogSet } from '../catalog/catalog-set.ts';
import type { EvaluateRequest } from './evaluate-schema.ts';
import type { PolicySettings } from './policy-settings.ts';
import type { PriorConcept } from './prior-concepts.ts';
import type { Region } from './rule-texts.ts';

export interface EngineContext {
  readonly request: EvaluateRequest;
  readonly set: CatalogSet;
  readonly policy: PolicySettings;
  /** `request.now` as epoch milliseconds. */
  readonly nowMs: number;
  /** `request.now` on the Asia/Shanghai calendar, YYYY-MM-DD. */
  readonly today: string;
  readonly orderingRegion: Region;
  /** Every prior with the concept(s) its item name matched. */
  readonly priors: readonly PriorConcept[];
  /** The order being judged, as the doctor typed or the HIS shows it. */
  readonly orderName: string;
}
