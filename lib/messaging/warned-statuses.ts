// Items the doctor is asked to decide on: a prior qualifies, or may be accepted at discretion. Shared
// by the background (what to ask, what to accept) and the panel (where to show the choice); kept
// apart from protocol.ts so the panel does not bundle zod for one constant.
export const WARNED_STATUSES: ReadonlySet<string> = new Set(['required', 'optional']);
