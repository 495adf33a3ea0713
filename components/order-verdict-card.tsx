// One order on screen: its verdict, per item the prior and the days left, and the clause behind it.
import type { OrderVerdict } from '../lib/rules/evaluate-schema.ts';
import type { DecisionSummary, IdentityConfirmReply, PriorDisplay } from '../lib/messaging/protocol.ts';
import { WARNED_STATUSES } from '../lib/messaging/warned-statuses.ts';
import { STATUS_LABELS, TEXT } from '../lib/ui-text.ts';
import { PriorResultDetails } from './prior-result-details.tsx';
import { DecisionControls, type DecisionControlsProps } from './decision-controls.tsx';

/** What the panel can do for an item; absent where there is no order screen to act on (no token). */
export interface PanelActions {
  canInsertNote: boolean;
  decide(orderIndex: number, concepts: string[], input: Parameters<DecisionControlsProps['onDecide']>[0]): ReturnType<DecisionControlsProps['onDecide']>;
  insertNote: DecisionControlsProps['onInsertNote'];
  copy: DecisionControlsProps['onCopy'];
  printConsent(concept: string): void;
  /** The doctor's answer to a name + sex + age match offered for confirmation. */
  answerIdentity?(candidateKey: string, same: boolean, scope: string): Promise<IdentityConfirmReply>;
}


export interface OrderVerdictCardProps {
  verdict: OrderVerdict;
  orderIndex: number;
  priors: Record<string, PriorDisplay>;
  decisions: Record<string, DecisionSummary>;
  actions?: PanelActions | undefined;
}

export function OrderVerdictCard({ verdict, orderIndex, priors, decisions, actions }: OrderVerdictCardProps) {
  const warned = verdict.items.filter((item) => WARNED_STATUSES.has(item.status)).map((item) => item.concept);
  const shownItems = verdict.items.filter((item) => item.status !== 'no-prior' || verdict.items.length === 1);
  // A panel's components with no prior at all are named in one line, not given a card each: the
  // doctor sees at a glance what the re-test still has to cover.
  const withoutPrior = verdict.items.length > 1 ? verdict.items.filter((item) => item.status === 'no-prior').map((item) => item.itemName) : [];
  return (
    <section className={`order status-${verdict.status}`} aria-label={verdict.order} data-status={verdict.status}>
      <header>
        <strong className="order-name">{verdict.order}</strong>
        <span className="status-label">{STATUS_LABELS[verdict.status]}</span>
      </header>
      <p className="summary">{verdict.card.summary}</p>
      {verdict.panel ? <p className="coverage">{TEXT.panelCoverage[verdict.panel.coverage]}</p> : null}
      <ul className="items">
        {shownItems.map((item) => {
          const prior = item.priorId ? priors[item.priorId] : undefined;
          return (
            <li key={item.concept} data-status={item.status}>
              <div className="item-head">
                <span>{item.itemName}</span>
                <span className="item-status">{STATUS_LABELS[item.status]}</span>
                {item.daysLeft !== undefined && item.daysLeft >= 0 ? <span className="days-left">{TEXT.daysLeft(item.daysLeft)}</span> : null}
              </div>
              {prior ? <PriorResultDetails prior={prior} /> : null}
              {item.validUntil ? (
                <p className="valid-until">
                  {TEXT.validUntil} {item.validUntil}
                </p>
              ) : null}
              <ul className="reasons">
                {item.reasons.map((reason, index) => (
                  // Two findings may share a code (two notes from the same catalog): the index keeps keys unique.
                  <li key={`${reason.code}-${index}`}>
                    {reason.text}
                    <cite className="clause">
                      {TEXT.clause}：{reason.clause}
                    </cite>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      {withoutPrior.length > 0 ? <p className="without-prior">{TEXT.componentsWithoutPrior(withoutPrior)}</p> : null}
      {actions && warned.length > 0 ? (
        // One choice for the order: a panel's covered components are accepted or re-tested together.
        <DecisionControls
          itemName={verdict.order}
          overrideReasons={verdict.card.overrideReasons}
          decision={warned.every((concept) => decisions[concept]) ? decisions[warned[0]!] : undefined}
          canInsertNote={actions.canInsertNote}
          onDecide={(input) => actions.decide(orderIndex, warned, input)}
          onInsertNote={actions.insertNote}
          onCopy={actions.copy}
          onPrintConsent={() => actions.printConsent(warned[0]!)}
        />
      ) : null}
    </section>
  );
}
