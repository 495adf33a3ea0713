// The prior result inside the warning: showing it is what makes doctors act on the alert.
import type { PriorDisplay } from '../lib/messaging/protocol.ts';
import { TEXT } from '../lib/ui-text.ts';

export function PriorResultDetails({ prior }: { prior: PriorDisplay }) {
  return (
    <dl className="prior">
      <dt>{TEXT.priorResult}</dt>
      <dd>
        {prior.itemName}
        {prior.value ? `：${prior.value}${prior.unit ? ` ${prior.unit}` : ''}` : ''}
      </dd>
      <dt>{TEXT.institution}</dt>
      <dd>
        {prior.institutionName}（{prior.institutionLevel}）
      </dd>
      <dt>{TEXT.performedAt}</dt>
      <dd>{prior.performedAt.slice(0, 16).replace('T', ' ')}</dd>
      <dt>{TEXT.mark}</dt>
      <dd>{prior.mark ?? TEXT.noMark}</dd>
      {prior.archiveNo ? (
        <>
          <dt>{TEXT.archiveNo}</dt>
          <dd>{prior.archiveNo}</dd>
        </>
      ) : null}
    </dl>
  );
}
