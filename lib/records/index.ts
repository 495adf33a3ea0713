// Public API of the record drafts.
export { draftRecord } from './draft-record.ts';
export { draftConsentForm } from './consent-form.ts';
export { escapeHtml } from './html-escape.ts';
export type { ConsentFormDraft, ConsentFormInput, DoctorChoice, InformedParty, RecordDraft, RecordInput } from './record-input.ts';
