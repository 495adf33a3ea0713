// HL7 v2.x text → messages → segments → fields, components and repetitions. A file may hold one or
// many messages, with MLLP framing (0x0b … 0x1c 0x0d), blank lines between them, and segments ended
// by \r, \n or \r\n. Separators are read from each message's MSH-1 / MSH-2.

export interface Hl7Separators {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

export interface Hl7Segment {
  name: string;
  /** `fields[n]` is SEG-n, raw (still escaped). For MSH, `fields[1]` is the field separator itself. */
  fields: string[];
}

export interface Hl7Message {
  /** 1-based position in the file. */
  index: number;
  separators: Hl7Separators;
  segments: Hl7Segment[];
}

export interface Hl7Split {
  messages: Hl7Message[];
  /** Lines before the first MSH that are not batch wrappers (FHS/BHS/BTS/FTS). */
  stray: string[];
}

const BATCH_SEGMENTS = new Set(['FHS', 'BHS', 'BTS', 'FTS']);

function separatorsOf(msh: string): Hl7Separators {
  const field = msh[3] ?? '|';
  const encoding = msh.slice(4, msh.indexOf(field, 4) === -1 ? undefined : msh.indexOf(field, 4));
  return {
    field,
    component: encoding[0] ?? '^',
    repetition: encoding[1] ?? '~',
    escape: encoding[2] ?? '\\',
    subcomponent: encoding[3] ?? '&',
  };
}

function segmentOf(line: string, separators: Hl7Separators): Hl7Segment {
  const parts = line.split(separators.field);
  const name = parts[0] ?? '';
  if (name === 'MSH') return { name, fields: ['MSH', separators.field, ...parts.slice(1)] };
  return { name, fields: parts };
}

export function splitHl7(text: string): Hl7Split {
  const lines = text
    .replace(/[\x0b\x1c]/g, '\n')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s+/, ''))
    .filter((line) => line.trim() !== '');
  const messages: Hl7Message[] = [];
  const stray: string[] = [];
  let current: Hl7Message | undefined;
  for (const line of lines) {
    if (line.startsWith('MSH')) {
      const separators = separatorsOf(line);
      current = { index: messages.length + 1, separators, segments: [segmentOf(line, separators)] };
      messages.push(current);
      continue;
    }
    const name = line.slice(0, 3);
    if (BATCH_SEGMENTS.has(name)) continue;
    if (!current) stray.push(line);
    else current.segments.push(segmentOf(line, current.separators));
  }
  return { messages, stray };
}

/** Resolves \F\ \S\ \T\ \R\ \E\ (and \.br\ → line break; highlighting \H\ \N\ dropped). */
export function unescapeHl7(text: string, separators: Hl7Separators): string {
  const esc = separators.escape;
  if (!text.includes(esc)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== esc) {
      out += ch;
      i++;
      continue;
    }
    const end = text.indexOf(esc, i + 1);
    if (end === -1) {
      out += text.slice(i);
      break;
    }
    const code = text.slice(i + 1, end);
    const replacement: Record<string, string> = {
      F: separators.field,
      S: separators.component,
      T: separators.subcomponent,
      R: separators.repetition,
      E: esc,
      '.br': '\n',
      H: '',
      N: '',
    };
    out += replacement[code] ?? text.slice(i, end + 1);
    i = end + 1;
  }
  return out;
}

/** The raw field SEG-n (escaped), or `''`. */
export function rawField(segment: Hl7Segment, n: number): string {
  return segment.fields[n] ?? '';
}

/** The repetitions of SEG-n, raw. An empty field has none. */
export function repetitionsOf(segment: Hl7Segment, n: number, separators: Hl7Separators): string[] {
  const raw = rawField(segment, n);
  return raw === '' ? [] : raw.split(separators.repetition);
}

/** Component c (1-based) of a raw repetition, unescaped and trimmed. */
export function componentOf(repetition: string, c: number, separators: Hl7Separators): string {
  return unescapeHl7(repetition.split(separators.component)[c - 1] ?? '', separators).trim();
}

/** Component c of the first repetition of SEG-n, unescaped. */
export function fieldComponent(segment: Hl7Segment, n: number, c: number, separators: Hl7Separators): string {
  return componentOf(repetitionsOf(segment, n, separators)[0] ?? '', c, separators);
}

/** A whole repetition unescaped, components joined by the component separator as written. */
export function repetitionText(repetition: string, separators: Hl7Separators): string {
  return repetition
    .split(separators.component)
    .map((part) => unescapeHl7(part, separators))
    .join(separators.component)
    .trim();
}
