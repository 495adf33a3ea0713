// "One choice per item and visit": a visit is the HIS visit number when the screen shows one;
// otherwise the patient's day at this hospital (Asia/Shanghai calendar), which is how outpatient
// visits work in practice.
import { shanghaiIsoOf } from '../rules/shanghai-calendar.ts';

export function visitKeyFor(patientKey: string, ids: Record<string, string>, now: Date): string {
  const visit = ids.hisVisitId?.trim();
  return visit ? `${patientKey}|visit:${visit}` : `${patientKey}|day:${shanghaiIsoOf(now).slice(0, 10)}`;
}
