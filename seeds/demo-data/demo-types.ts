// Types of the demo data (the export format, training scenarios), written out so it imports nothing.

export type IdentifierKind = 'hisPatientId' | 'idCard' | 'insuranceCard' | 'hisVisitId';

export interface DemoIdentifier {
  kind: IdentifierKind;
  value: string;
}

export interface DemoPatient {
  key: string;
  identifiers: DemoIdentifier[];
  name: string;
  sex: '男' | '女';
  /** YYYY-MM-DD. */
  birthDate: string;
}

export type InstitutionLevel = '三级' | '二级' | '一级' | '未定级';
export type InstitutionRegion = 'sichuan' | 'chongqing' | 'other';

export interface DemoInstitution {
  name: string;
  level: InstitutionLevel;
  region: InstitutionRegion;
  ownership: 'public' | 'private';
  /** Medical alliances (医联体) the institution belongs to. */
  alliances?: string[];
}

export type DemoMark = '川渝HR' | '川内HR' | 'HR';

export interface DemoResult {
  id: string;
  patientKey: string;
  /** The name as printed on the other institution's report. */
  itemName: string;
  /** Collection / examination time, ISO-8601 with the +08:00 offset. */
  performedAt: string;
  reportedAt?: string;
  institution: DemoInstitution;
  mark: DemoMark | null;
  result?: 'positive' | 'negative' | null;
  value?: string;
  unit?: string;
  archiveNo?: string;
  source: 'demo';
}

export interface DemoData {
  format: 'hr-assistant-export';
  version: 1;
  exportedAt: string;
  patients: DemoPatient[];
  results: DemoResult[];
}

/** Mirrors `verdictStatusSchema` in lib/rules/evaluate-schema.ts. */
export type ExpectedStatus = 'required' | 'optional' | 'not-eligible' | 'no-prior' | 'exempt' | 'unmatched';

/** Mirrors `exceptionCodeSchema` in lib/rules/evaluate-schema.ts. */
export type ScenarioException =
  | 'condition-changed'
  | 'rapid-change'
  | 'major-procedure'
  | 'emergency'
  | 'patient-request'
  | 'forensic'
  | 'other';

export interface TrainingScenario {
  /** `S01`, `S02` … in the order a trainer walks through them. */
  id: string;
  title: string;
  patientKey: string;
  /** The name as ordered in the training HIS (an entry of seeds/training-his/items.js). */
  orderName: string;
  /** What the trainer should point out, with the clause behind it (zh-CN). */
  expectedTeachingPoint: string;
  /**
   * The exception (例外情形) the trainer selects in the warning, when the scenario is about one.
   */
  exception?: ScenarioException;
  /**
   * The order's verdict the product should give (after `exception`, if any), where the policy texts
   * and the product decisions in DOMAIN.md fix it. Absent where it depends on deployment settings
   * (医联体, 社会办 institutions, panel definitions, inferred windows): the teaching point says why.
   */
  expectedStatus?: ExpectedStatus;
  /**
   * The patient came without the card: the shell's 未带卡·临时挂号 mode (a temporary number the store
   * does not know, no ID card), so only name, sex and age are there to match on. `expectedStatus` is
   * then the verdict once the doctor has confirmed who it is (before: 可酌情 at most, D6).
   */
  walkIn?: true;
}
