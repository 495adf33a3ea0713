// Whether the panel would show the same thing for two states. Cheap on purpose: it runs for every
// request of a busy grid. Verdicts are compared by identity (the verdict cache hands out the same
// object for the same order in the same context); the small parts by value.
import type { PanelState } from '../messaging/protocol.ts';

export function sameShownState(a: PanelState, b: PanelState): boolean {
  if (a.verdicts.length !== b.verdicts.length || a.alertMode !== b.alertMode || a.generic !== b.generic) return false;
  if (a.verdicts.some((verdict, index) => verdict !== b.verdicts[index])) return false;
  return (
    JSON.stringify([a.patient, a.patientLabel, a.identity, a.identityScope, a.decisions, Object.keys(a.priors)]) ===
    JSON.stringify([b.patient, b.patientLabel, b.identity, b.identityScope, b.decisions, Object.keys(b.priors)])
  );
}
