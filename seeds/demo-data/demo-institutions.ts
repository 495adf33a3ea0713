// The institutions the demo results come from, and the training hospital that orders in every scenario.
import type { DemoInstitution } from './demo-types.ts';

/** The hospital whose HIS the training screen imitates (the ordering institution in every scenario). */
export const TRAINING_HIS_INSTITUTION: DemoInstitution = {
  name: 'XX市第一人民医院',
  level: '三级',
  region: 'sichuan',
  ownership: 'public',
  alliances: ['XX市第一人民医院紧密型城市医疗集团'],
};

/**
 * The other institutions. The large public hospitals are named as real institutions to make the
 * teaching realistic, but every result is invented; the county, township, community and private
 * institutions use "XX" placeholder names like the training hospital itself.
 */
export const DEMO_INSTITUTIONS = {
  huaxi: { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' },
  scPeoples: { name: '四川省人民医院', level: '三级', region: 'sichuan', ownership: 'public' },
  mianyang: { name: '绵阳市中心医院', level: '三级', region: 'sichuan', ownership: 'public' },
  cqmu1: { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' },
  cqmu2: { name: '重庆医科大学附属第二医院', level: '三级', region: 'chongqing', ownership: 'public' },
  county: {
    name: 'XX县人民医院',
    level: '二级',
    region: 'sichuan',
    ownership: 'public',
    alliances: ['XX县紧密型县域医疗卫生共同体'],
  },
  cqDistrict: { name: '重庆市XX区人民医院', level: '二级', region: 'chongqing', ownership: 'public' },
  community: {
    name: 'XX市城东街道社区卫生服务中心',
    level: '一级',
    region: 'sichuan',
    ownership: 'public',
    alliances: ['XX市第一人民医院紧密型城市医疗集团'],
  },
  township: {
    name: 'XX县青山镇卫生院',
    level: '一级',
    region: 'sichuan',
    ownership: 'public',
    alliances: ['XX县紧密型县域医疗卫生共同体'],
  },
  privateOrtho: { name: 'XX骨科医院', level: '二级', region: 'sichuan', ownership: 'private' },
} as const satisfies Record<string, DemoInstitution>;

export type InstitutionId = keyof typeof DEMO_INSTITUTIONS;
