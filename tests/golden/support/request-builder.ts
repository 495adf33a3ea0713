// Builders for engine test requests: a 三级 public hospital in Chengdu orders; priors default to a
// 川渝HR result from another 三级 public hospital, tied to the patient by identifier.
import type { EvaluateRequest, Institution, Prior } from '../../../lib/rules/evaluate-schema.ts';

export const huaxi: Institution = { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' };
export const chongqingFirst: Institution = { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' };
export const ordering: Institution = { name: '成都市第一人民医院', level: '三级', region: 'sichuan', ownership: 'public' };

export function prior(overrides: Partial<Prior> & Pick<Prior, 'itemName'>): Prior {
  return {
    id: 'p1',
    performedAt: '2026-11-20T09:00:00+08:00',
    institution: huaxi,
    mark: '川渝HR',
    archiveNo: 'A-001',
    patientMatch: 'identifier',
    ...overrides,
  };
}

export function request(overrides: Partial<EvaluateRequest> & Pick<EvaluateRequest, 'orders' | 'priors'>): EvaluateRequest {
  return { now: '2026-11-23T10:00:00+08:00', orderingInstitution: ordering, ...overrides };
}
