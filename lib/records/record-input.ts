// What a record draft is made from: the item verdict the doctor decided on, the prior it refers to,
// and the doctor's choice. Everything the policy requires in the record is checked; what is absent
// is written as 【缺：…】 in the draft and listed in `missing`, never left blank.
import type { ExceptionCode, ItemVerdict, Prior } from '../rules/evaluate-schema.ts';

export type DoctorChoice = 'accept' | 'retest' | 'patient-declines';

/** Who was informed and agreed (re-test) or refused (patient declines). */
export interface InformedParty {
  readonly party: 'patient' | 'family';
  readonly name?: string;
  /** For family: relation to the patient (配偶、子女…). */
  readonly relation?: string;
}

export interface RecordInput {
  readonly choice: DoctorChoice;
  /** The order as shown on the HIS screen. */
  readonly orderName: string;
  readonly item: Pick<ItemVerdict, 'itemName' | 'status'> & Partial<Pick<ItemVerdict, 'validUntil' | 'ruleSet' | 'priorId'>>;
  readonly prior?: Prior;
  /** When the note is written, ISO-8601 (no offset → Asia/Shanghai); printed as a Shanghai calendar date. */
  readonly recordedAt?: string;
  /** The exception chosen for a re-test (川渝互认规则 四 / 四川实施方案 四(四)). */
  readonly exception?: ExceptionCode;
  /** Why, in the doctor's words; required with `other`, or when no exception is chosen. */
  readonly reasonDetail?: string;
  readonly informed?: InformedParty;
  readonly doctorName?: string;
  /** No identifier on screen tied the patient: the doctor confirmed them by name, sex, age and birth date (D6). */
  readonly identityConfirmed?: boolean;
}

export interface ConsentFormInput {
  readonly hospitalName?: string;
  readonly patient?: { readonly name?: string; readonly sex?: string; readonly age?: string; readonly recordNo?: string };
  readonly orderName: string;
  readonly item: RecordInput['item'];
  readonly prior?: Prior;
  readonly exception?: ExceptionCode;
  readonly reasonDetail?: string;
  readonly doctorName?: string;
  readonly recordedAt?: string;
}

export interface RecordDraft {
  readonly text: string;
  /** Labels of required fields that are absent, in the order they appear in the draft. */
  readonly missing: string[];
}

export interface ConsentFormDraft {
  readonly html: string;
  readonly missing: string[];
}
