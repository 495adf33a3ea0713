// Puts the drafted record text into the HIS's own note field (申请备注). The page's script may read
// the field on input/change only, so both events are fired, as a typing doctor would cause.
import { PAGE_TEXT } from '../ui-text.ts';

export function insertNote(doc: Document, selector: string, text: string): { ok: boolean; error?: string } {
  const field = doc.querySelector(selector);
  // The field's own frame's element types: the note field may be in another frame than this script's
  // (a frameset's toolbar), whose elements are not instances of this frame's constructors.
  const view = doc.defaultView;
  if (!view || !(field instanceof view.HTMLTextAreaElement || field instanceof view.HTMLInputElement)) {
    return { ok: false, error: PAGE_TEXT.noteFieldMissing };
  }
  if (field.disabled || field.readOnly) return { ok: false, error: PAGE_TEXT.noteFieldReadOnly };
  const existing = field.value.trimEnd();
  // Never insert the same note twice (a second click, a re-sent message).
  if (existing.includes(text.trim())) return { ok: true };
  // A single-line input drops line breaks: there the texts are joined with a full-width semicolon.
  const separator = field instanceof view.HTMLInputElement ? '；' : '\n';
  field.value = existing ? `${existing}${separator}${text}` : text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return { ok: true };
}
