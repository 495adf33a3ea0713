// 月度统计 for the department: 互认项次 and 节约费用 per month from this workstation's decision log,
// with a CSV for the provincial report.
import { useEffect, useState } from 'react';
import type { MonthFigures } from '../lib/reports/monthly-figures.ts';
import { FIGURES_TEXT } from '../lib/ui-text.ts';

export interface MonthlyFiguresTableProps {
  load(): Promise<MonthFigures[]>;
  downloadCsv(rows: MonthFigures[]): void;
}

export function MonthlyFiguresTable({ load, downloadCsv }: MonthlyFiguresTableProps) {
  const [rows, setRows] = useState<MonthFigures[] | undefined>();
  useEffect(() => {
    void load().then(setRows);
  }, [load]);
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{FIGURES_TEXT.title}</h2>
      <p className="muted">{FIGURES_TEXT.intro}</p>
      {rows && rows.length === 0 ? <p>{FIGURES_TEXT.empty}</p> : null}
      {rows && rows.length > 0 ? (
        <>
          <table className="figures">
            <thead>
              <tr>
                {FIGURES_TEXT.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{row.month}</th>
                  <td>{row.warnedItems}</td>
                  <td>{row.recognisedItems}</td>
                  <td>{row.recognisedRequired}</td>
                  <td>{row.retestItems}</td>
                  <td>{row.declinedItems}</td>
                  <td>{row.feesSaved.toFixed(2)}</td>
                  <td>{row.identityConfirmedItems}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.some((row) => row.identityConfirmedItems > 0) ? <p className="muted">{FIGURES_TEXT.identityNote}</p> : null}
          <button type="button" onClick={() => downloadCsv(rows)}>
            {FIGURES_TEXT.csv}
          </button>
        </>
      ) : null}
    </section>
  );
}
