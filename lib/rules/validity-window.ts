// 互认时间 on the Asia/Shanghai calendar (D4): the window starts on the calendar day the sample was
// collected / the examination performed, and its last valid day is that date plus the window
// (民法典 第二百零一条: the first day is not counted; 第二百零二条: a month or year period ends on the
// corresponding day, or the month's last day when there is none). So a 3-day window from 11-20 runs
// to 11-23 inclusive, 1 month from 01-31 to 02-28 (02-29 in a leap year). By-result windows use the
// shorter one when the result is unknown (D5).
import type { Duration, ValidityWindow } from '../catalog/catalog-schema.ts';
import type { CatalogEntry } from '../catalog/catalog-set.ts';
import type { Prior } from './evaluate-schema.ts';
import { finding, type Finding } from './findings.ts';
import type { PolicySettings } from './policy-settings.ts';
import { TEXT, durationText } from './rule-texts.ts';
import { decisionClause, withDecision } from './clauses.ts';
import {
  addDuration, compareDates, dayNumber, formatDate, fromDayNumber, instantOf, shanghaiDateOf, type CalendarDate,
} from './shanghai-calendar.ts';

export interface WindowAssessment {
  /** Last valid day, YYYY-MM-DD; absent when the item has no window at all or the prior is in the future. */
  readonly validUntil?: string;
  /** Days from today to the last valid day (0 on the last day); only while valid. */
  readonly daysLeft?: number;
  readonly findings: readonly Finding[];
}

interface ChosenWindow {
  readonly window: ValidityWindow;
  readonly clause: string;
}

/**
 * The window for an entry: the item's own, or the catalog default. A deployment's replacement of a
 * published window is applied to the catalog data (lib/catalog/window-overrides.ts) and carries an
 * `override` note, which becomes a reason here (D5).
 */
export function windowFor(entry: CatalogEntry): ChosenWindow | undefined {
  const { catalog, item } = entry;
  const marker = (w: ValidityWindow, plain: string) => (w.override ? '（本院调整）' : w.inference ? '（推断）' : plain);
  if (item.window) return { window: item.window, clause: `${catalog.citation} 第${item.seq}项${marker(item.window, '')}` };
  if (catalog.defaultWindow) return { window: catalog.defaultWindow, clause: `${catalog.citation}${marker(catalog.defaultWindow, ' 注')}` };
  return undefined;
}

/** Last valid day for a duration from the performed date, under the deployment's counting rule. */
export function lastValidDay(performed: CalendarDate, duration: Duration, policy: PolicySettings): CalendarDate {
  const end = addDuration(performed, duration);
  return policy.lastValidDay === 'date-plus-window' ? end : fromDayNumber(dayNumber(end) - 1);
}

/** The duration that applies to this prior; for by-result windows with no result, the shorter one. */
export function durationFor(window: ValidityWindow, result: Prior['result'], performed: CalendarDate, policy: PolicySettings): Duration {
  if (window.kind === 'fixed') return window.duration;
  if (result === 'positive') return window.positive;
  if (result === 'negative') return window.negative;
  const positiveEnd = lastValidDay(performed, window.positive, policy);
  const negativeEnd = lastValidDay(performed, window.negative, policy);
  return compareDates(positiveEnd, negativeEnd) <= 0 ? window.positive : window.negative;
}

function windowNotes(chosen: ChosenWindow, result: Prior['result'], used: Duration, policy: PolicySettings): Finding[] {
  const { window, clause } = chosen;
  const notes: Finding[] = [];
  if (window.kind === 'by-result') {
    if (result === 'positive' || result === 'negative') {
      notes.push(finding('none', 'window-by-result', clause, TEXT.windowByResult(result, durationText(used))));
    } else {
      notes.push(finding('none', 'window-result-unknown', withDecision(clause, 'D5'),
        TEXT.windowResultUnknown(durationText(window.positive), durationText(window.negative), durationText(used))));
    }
  }
  if (window.override) {
    notes.push(finding('none', 'window-overridden', withDecision(clause, 'D5'), TEXT.windowOverridden(window.override.note, window.override.replaced)));
  }
  if (window.inference) notes.push(finding('none', 'window-inferred', clause, TEXT.windowInferred(window.inference.note)));
  if (policy.lastValidDay !== 'date-plus-window') notes.push(finding('none', 'window-minus-one', decisionClause('D4'), TEXT.windowMinusOne()));
  return notes;
}

export function assessWindow(prior: Prior, entry: CatalogEntry, nowMs: number, policy: PolicySettings): WindowAssessment {
  const performedMs = instantOf(prior.performedAt);
  if (performedMs > nowMs) {
    return { findings: [finding('not-eligible', 'prior-in-future', decisionClause('D4'), TEXT.priorInFuture(prior.performedAt))] };
  }
  const chosen = windowFor(entry);
  if (!chosen) {
    return { findings: [finding('not-eligible', 'window-unknown', entry.catalog.citation, TEXT.windowUnknown(entry.item.name))] };
  }
  const performed = shanghaiDateOf(performedMs);
  const today = shanghaiDateOf(nowMs);
  const result = prior.result ?? null;
  const used = durationFor(chosen.window, result, performed, policy);
  const end = lastValidDay(performed, used, policy);
  const validUntil = formatDate(end);
  const notes = windowNotes(chosen, result, used, policy);
  const left = dayNumber(end) - dayNumber(today);
  if (left < 0) {
    return { validUntil, findings: [finding('not-eligible', 'window-expired', chosen.clause, TEXT.windowExpired(durationText(used), validUntil)), ...notes] };
  }
  return { validUntil, daysLeft: left, findings: notes };
}
