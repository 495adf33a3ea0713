// The extension URLs and code systems the FHIR importer accepts for what FHIR R4 has no element
// for: the recognition mark and the institution's level, region, ownership and alliances. These
// are this product's own definitions (docs/import.md); `.local` marks them as not published.
export const FHIR_BASE = 'http://hr-assistant.local/fhir';

export const EXT = {
  /** On Observation / DiagnosticReport / ImagingStudy: valueCode `川渝HR` | `川内HR` | `HR`. */
  mark: `${FHIR_BASE}/StructureDefinition/recognition-mark`,
  /** On Organization: valueCode `三级` | `二级` | `一级` | `未定级` (三级甲等 etc. accepted). */
  level: `${FHIR_BASE}/StructureDefinition/institution-level`,
  /** On Organization: valueCode `sichuan` | `chongqing` | `other` (四川 / 重庆 / 其他 accepted). */
  region: `${FHIR_BASE}/StructureDefinition/institution-region`,
  /** On Organization: valueCode `public` | `private` (公立 / 社会办 accepted). */
  ownership: `${FHIR_BASE}/StructureDefinition/institution-ownership`,
  /** On Organization, repeatable: valueString, the name of a medical alliance (医联体). */
  alliance: `${FHIR_BASE}/StructureDefinition/medical-alliance`,
} as const;

export const CODE_SYSTEM = {
  /** meta.tag system for the mark; code as in EXT.mark. */
  mark: `${FHIR_BASE}/CodeSystem/recognition-mark`,
  /** Organization.type coding systems, codes as in the extensions. */
  level: `${FHIR_BASE}/CodeSystem/institution-level`,
  region: `${FHIR_BASE}/CodeSystem/institution-region`,
  ownership: `${FHIR_BASE}/CodeSystem/institution-ownership`,
} as const;

/** HL7 v2 table 0203 identifier type codes (Patient.identifier.type) → identifier kind. */
export const FHIR_IDENTIFIER_TYPES = {
  PI: 'hisPatientId',
  MR: 'hisPatientId',
  VN: 'hisVisitId',
  NNCHN: 'idCard',
  NI: 'idCard',
  HC: 'insuranceCard',
} as const;
