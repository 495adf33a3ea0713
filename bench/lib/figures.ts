// The run's findings as every step records them: named figures (value, unit, target met or not) and free-form details.
type Comparator = '<' | '<=' | '>=';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

export class BenchFigures {
  readonly figures: Figure[] = [];
  readonly details: Record<string, unknown> = {};

  figure(name: string, value: number, unit: string, target?: [Comparator, number], note?: string): void {
    const entry: Figure = { name, value, unit };
    if (target) {
      const [op, limit] = target;
      entry.target = `${op === '>=' ? '≥' : op === '<=' ? '≤' : '<'} ${limit}`;
      entry.pass = op === '<' ? value < limit : op === '<=' ? value <= limit : value >= limit;
    }
    if (note) entry.note = note;
    this.figures.push(entry);
  }
}
