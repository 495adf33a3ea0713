// The training HIS's demo patients and buildDemoData; the entry point that re-exports all the demo data.
import { addDays, compact, shanghaiDate, shanghaiIso, toShanghaiIso } from './demo-calendar.ts';
import { DEMO_INSTITUTIONS } from './demo-institutions.ts';
import { REPORTS } from './demo-reports.ts';
import type { DemoData, DemoInstitution, DemoPatient, DemoResult } from './demo-types.ts';

export type {
  DemoData,
  DemoIdentifier,
  DemoInstitution,
  DemoMark,
  DemoPatient,
  DemoResult,
  ExpectedStatus,
  IdentifierKind,
  InstitutionLevel,
  InstitutionRegion,
  ScenarioException,
  TrainingScenario,
} from './demo-types.ts';
export { DEMO_INSTITUTIONS, TRAINING_HIS_INSTITUTION } from './demo-institutions.ts';
export { ageOn, shanghaiDate, toShanghaiIso } from './demo-calendar.ts';
export { trainingScenarios } from './training-scenarios.ts';

/**
 * The demo patients (the same list as seeds/training-his/patients.js). All people are fictitious; ID
 * card numbers are masked in the last four digits, as on a real HIS screen. Birth dates are fixed
 * (like a real person's); the HIS page computes the age shown in `#patAge` from them the same way
 * (kept in step by tests/unit/demo-data-consistency.test.ts).
 */
export const DEMO_PATIENTS: readonly DemoPatient[] = [
  {
    key: 'demo-p1',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260001' },
      { kind: 'idCard', value: '51010419600302****' },
    ],
    name: '张建国',
    sex: '男',
    birthDate: '1960-03-02',
  },
  {
    key: 'demo-p2',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260002' },
      { kind: 'idCard', value: '51011719720815****' },
    ],
    name: '李秀英',
    sex: '女',
    birthDate: '1972-08-15',
  },
  {
    key: 'demo-p3',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260003' },
      { kind: 'idCard', value: '51010719851120****' },
    ],
    name: '王德明',
    sex: '男',
    birthDate: '1985-11-20',
  },
  {
    key: 'demo-p4',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260004' },
      { kind: 'idCard', value: '51070319900508****' },
    ],
    name: '刘芳',
    sex: '女',
    birthDate: '1990-05-08',
  },
  {
    key: 'demo-p5',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260005' },
      { kind: 'idCard', value: '51018219480126****' },
    ],
    name: '陈桂兰',
    sex: '女',
    birthDate: '1948-01-26',
  },
  {
    key: 'demo-p6',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260006' },
      { kind: 'idCard', value: '50010519780912****' },
    ],
    name: '赵永强',
    sex: '男',
    birthDate: '1978-09-12',
  },
];

/**
 * The demo patients and their prior results, relative to `now` (Asia/Shanghai calendar), in the
 * extension's export format (`hr-assistant-export`, lib/store/export-format.ts). Every date is
 * computed from `now`, so the demos and the tests never go stale and do not depend on the machine's
 * time zone. Deterministic: the same `now` gives the same data.
 */
export function buildDemoData(now: Date): DemoData {
  const today = shanghaiDate(now);
  const results: DemoResult[] = [];
  for (const report of REPORTS) {
    const performedDay = addDays(today, -report.daysAgo);
    const reportedDay = addDays(performedDay, report.reportDays);
    const institution = DEMO_INSTITUTIONS[report.institution];
    for (const component of report.components) {
      const result: DemoResult = {
        id: `demo-${report.patientKey.replace(/^demo-/, '')}-${component.slug}`,
        patientKey: report.patientKey,
        itemName: component.itemName,
        performedAt: shanghaiIso(performedDay, report.at),
        reportedAt: shanghaiIso(reportedDay, report.reportAt),
        institution: copyInstitution(institution),
        mark: component.mark === undefined ? report.mark : component.mark,
        archiveNo: `${report.archivePrefix}${compact(performedDay)}${report.archiveSerial}`,
        source: 'demo',
      };
      if (component.result !== undefined) result.result = component.result;
      if (component.value !== undefined) result.value = component.value;
      if (component.unit !== undefined) result.unit = component.unit;
      results.push(result);
    }
  }
  return {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: toShanghaiIso(now),
    patients: DEMO_PATIENTS.map((patient) => ({
      ...patient,
      identifiers: patient.identifiers.map((identifier) => ({ ...identifier })),
    })),
    results,
  };
}

function copyInstitution(institution: DemoInstitution): DemoInstitution {
  const copy: DemoInstitution = {
    name: institution.name,
    level: institution.level,
    region: institution.region,
    ownership: institution.ownership,
  };
  if (institution.alliances) copy.alliances = [...institution.alliances];
  return copy;
}
