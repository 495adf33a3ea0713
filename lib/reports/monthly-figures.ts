// The monthly figures a hospital reports (四川实施方案 七(一): 每月报送互认项次及节约费用), from this
// workstation's decision log. Per item and visit only the latest choice counts. Pure.
import type { ExceptionCode } from '../rules/evaluate-schema.ts';

export interface DecisionFact {
  visitKey: string;
  concept: string;
  choice: 'accept' | 'retest' | 'patient-declines';
  exception?: ExceptionCode;
  itemStatus: string;
  feeSaved?: number;
  /** Decided for a patient the doctor confirmed by name, sex and age (no identifier on screen). */
  identityConfirmed?: true;
  decidedAt: string;
  id: string;
}

export interface MonthFigures {
  /** YYYY-MM on the Asia/Shanghai calendar. */
  month: string;
  /** Items the doctor was asked about (one per item and visit). */
  warnedItems: number;
  /** 互认项次: items accepted. */
  recognisedItems: number;
  /** Of those, items the rules said must be recognised (the rest were at the doctor's discretion). */
  recognisedRequired: number;
  retestItems: number;
  declinedItems: number;
  retestByException: Partial<Record<ExceptionCode | 'none', number>>;
  /** 节约费用 in yuan, where the screen showed the fee. */
  feesSaved: number;
  /**
   * Items decided for a patient tied only by the doctor's name + sex + age confirmation: for IT staff,
   * screens whose adapter reads no identifier the store knows (an adapter to fix, or cards not read).
   */
  identityConfirmedItems: number;
}

export function monthlyFigures(decisions: readonly DecisionFact[]): MonthFigures[] {
  const latest = new Map<string, DecisionFact>();
  for (const decision of decisions) {
    const key = `${decision.visitKey}|${decision.concept}`;
    const current = latest.get(key);
    if (!current || decision.decidedAt > current.decidedAt || (decision.decidedAt === current.decidedAt && decision.id > current.id)) latest.set(key, decision);
  }
  const months = new Map<string, MonthFigures>();
  for (const decision of latest.values()) {
    // decidedAt is written with +08:00, so its first 7 characters are the Shanghai month.
    const month = decision.decidedAt.slice(0, 7);
    const figures = months.get(month) ?? {
      month,
      warnedItems: 0,
      recognisedItems: 0,
      recognisedRequired: 0,
      retestItems: 0,
      declinedItems: 0,
      retestByException: {},
      feesSaved: 0,
      identityConfirmedItems: 0,
    };
    figures.warnedItems++;
    if (decision.identityConfirmed) figures.identityConfirmedItems++;
    if (decision.choice === 'accept') {
      figures.recognisedItems++;
      if (decision.itemStatus === 'required') figures.recognisedRequired++;
      figures.feesSaved += decision.feeSaved ?? 0;
    } else {
      if (decision.choice === 'retest') figures.retestItems++;
      else figures.declinedItems++;
      const key = decision.exception ?? 'none';
      figures.retestByException[key] = (figures.retestByException[key] ?? 0) + 1;
    }
    months.set(month, figures);
  }
  return [...months.values()]
    .map((figures) => ({ ...figures, feesSaved: Math.round(figures.feesSaved * 100) / 100 }))
    .sort((a, b) => b.month.localeCompare(a.month));
}

/** CSV for the provincial reporting system's manual entry (UTF-8 with BOM so Excel reads it). */
export function monthlyFiguresCsv(rows: readonly MonthFigures[], exceptionLabels: Record<string, string>): string {
  const exceptions = Object.keys(exceptionLabels);
  // The identity column goes last: the columns before it are what the provincial form asks for.
  const header = ['月份', '提示项次', '互认项次', '其中应互认', '复查项次', '患者拒绝复查', ...exceptions.map((code) => `复查原因:${exceptionLabels[code]}`), '节约费用(元)', '其中经医生核对身份'];
  const lines = rows.map((row) =>
    [
      row.month,
      row.warnedItems,
      row.recognisedItems,
      row.recognisedRequired,
      row.retestItems,
      row.declinedItems,
      ...exceptions.map((code) => row.retestByException[code as ExceptionCode] ?? 0),
      row.feesSaved.toFixed(2),
      row.identityConfirmedItems,
    ].join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
