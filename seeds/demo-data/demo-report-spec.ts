// The row shape of the report table (demo-reports.ts) that buildDemoData expands into results.
import type { DemoMark } from './demo-types.ts';
import type { InstitutionId } from './demo-institutions.ts';

/** One printed line of a report: becomes one result. */
export interface ReportComponent {
  slug: string;
  itemName: string;
  value?: string;
  unit?: string;
  result?: 'positive' | 'negative' | null;
  /** Overrides the report's mark: components printed without `*` (not a recognised item). */
  mark?: DemoMark | null;
}

/** One report (one draw or one examination) of one patient at one institution. */
export interface ReportSpec {
  slug: string;
  patientKey: string;
  institution: InstitutionId;
  mark: DemoMark | null;
  /** Calendar days before `now` (Asia/Shanghai). Always ≥ 1, so nothing lies in the future. */
  daysAgo: number;
  /** Collection / examination time of day, HH:mm. */
  at: string;
  /** Report time: same calendar day plus `reportDays` (0 or 1), at `reportAt`. */
  reportDays: 0 | 1;
  reportAt: string;
  /** Archive number: `prefix + YYYYMMDD (performed) + serial`. */
  archivePrefix: string;
  archiveSerial: string;
  components: ReportComponent[];
}
