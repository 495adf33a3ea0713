// Enter a result the patient brought on paper (患者提供的已有结果): item with autocomplete (Chinese or
// pinyin initials), institution, date, mark, value. Saved results are judged like any other prior.
import { useMemo, useState, type FormEvent } from 'react';
import { searchItems, type ItemSearchIndex } from '../lib/catalog/item-search.ts';
import type { ManualResultReply, ManualResultRequest } from '../lib/messaging/protocol.ts';
import { MANUAL_TEXT } from '../lib/ui-text.ts';
import { InstitutionClassFields } from './institution-fields.tsx';

type ManualResult = ManualResultRequest['result'];

export interface ManualResultFormProps {
  index: ItemSearchIndex;
  today: string;
  save(result: ManualResult): Promise<ManualResultReply>;
}

export function ManualResultForm({ index, today, save }: ManualResultFormProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [itemName, setItemName] = useState('');
  const [date, setDate] = useState(today);
  const [institution, setInstitution] = useState<ManualResult['institution']>({ name: '', level: '三级', region: 'sichuan', ownership: 'public' });
  const [mark, setMark] = useState<ManualResult['mark']>('川渝HR');
  const [qualitative, setQualitative] = useState<ManualResult['result']>(null);
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState('');
  const [archiveNo, setArchiveNo] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const suggestions = useMemo(() => (query && query !== itemName ? searchItems(index, query, 8) : []), [index, query, itemName]);

  if (!open) {
    return (
      <button type="button" className="manual-open" onClick={() => setOpen(true)}>
        {MANUAL_TEXT.open}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = itemName || query.trim();
    if (!name) return setMessage({ ok: false, text: MANUAL_TEXT.needItem });
    if (!institution.name.trim()) return setMessage({ ok: false, text: MANUAL_TEXT.needInstitution });
    const reply = await save({
      itemName: name,
      performedAt: date,
      institution,
      mark,
      result: qualitative,
      ...(value ? { value } : {}),
      ...(unit ? { unit } : {}),
      ...(archiveNo ? { archiveNo } : {}),
    });
    setMessage(reply.ok ? { ok: true, text: MANUAL_TEXT.saved(name) } : { ok: false, text: reply.error ?? MANUAL_TEXT.failed });
    if (reply.ok) {
      setQuery('');
      setItemName('');
      setValue('');
      setUnit('');
      setArchiveNo('');
    }
  };
  return (
    <form className="manual-form" aria-label={MANUAL_TEXT.title} onSubmit={(event) => void submit(event)}>
      <h3>{MANUAL_TEXT.title}</h3>
      <label>
        {MANUAL_TEXT.item}
        <input
          value={query}
          placeholder={MANUAL_TEXT.itemPlaceholder}
          onChange={(event) => {
            setQuery(event.target.value);
            setItemName('');
          }}
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-autocomplete="list"
        />
      </label>
      {suggestions.length > 0 ? (
        <ul role="listbox" className="suggestions">
          {suggestions.map((entry) => (
            <li key={entry.concept} role="option" aria-selected={false}>
              <button
                type="button"
                onClick={() => {
                  setItemName(entry.label);
                  setQuery(entry.label);
                }}
              >
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label>
        {MANUAL_TEXT.date}
        <input type="date" value={date} max={today} onChange={(event) => setDate(event.target.value)} />
      </label>
      <label>
        {MANUAL_TEXT.institution}
        <input value={institution.name} onChange={(event) => setInstitution({ ...institution, name: event.target.value })} />
      </label>
      <InstitutionClassFields value={institution} onChange={(patch) => setInstitution({ ...institution, ...patch })} />
      <label>
        {MANUAL_TEXT.mark}
        <select value={mark ?? ''} onChange={(event) => setMark((event.target.value || null) as ManualResult['mark'])}>
          <option value="川渝HR">川渝HR</option>
          <option value="川内HR">川内HR</option>
          <option value="HR">HR（全国）</option>
          <option value="">{MANUAL_TEXT.noMark}</option>
        </select>
      </label>
      <label>
        {MANUAL_TEXT.qualitative}
        <select value={qualitative ?? ''} onChange={(event) => setQualitative((event.target.value || null) as ManualResult['result'])}>
          <option value="">{MANUAL_TEXT.unknown}</option>
          <option value="positive">阳性</option>
          <option value="negative">阴性</option>
        </select>
      </label>
      <label>
        {MANUAL_TEXT.value}
        <input value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      <label>
        {MANUAL_TEXT.unit}
        <input value={unit} onChange={(event) => setUnit(event.target.value)} />
      </label>
      <label>
        {MANUAL_TEXT.archiveNo}
        <input value={archiveNo} onChange={(event) => setArchiveNo(event.target.value)} />
      </label>
      <div className="choices">
        <button type="submit">{MANUAL_TEXT.save}</button>
        <button type="button" onClick={() => setOpen(false)}>
          {MANUAL_TEXT.close}
        </button>
      </div>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
