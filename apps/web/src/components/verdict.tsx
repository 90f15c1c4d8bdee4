import type { Verdict } from '@claimgraph/sdk';
import { VERDICT_ORDER, VERDICTS, verdictOf } from '../lib/verdicts';

/** A verdict in words with its mark and colour; the words are what a screen reader hears. */
export function VerdictBadge({ verdict, className }: { verdict: Verdict | null | undefined; className?: string }) {
  const value = verdictOf(verdict);
  const { icon, label } = VERDICTS[value];
  return (
    <span className={className ? `verdict ${className}` : 'verdict'} data-verdict={value}>
      <span className="verdict-icon" aria-hidden="true">
        {icon}
      </span>
      {label}
    </span>
  );
}

/** What each colour and mark means, with how many claims carry it when counts are given. */
export function VerdictLegend({ counts, verdicts = VERDICT_ORDER }: { counts?: Partial<Record<Verdict, number>>; verdicts?: Verdict[] }) {
  return (
    <ul className="legend" aria-label="Verdicts">
      {verdicts.map((verdict) => (
        <li key={verdict} className="legend-item" data-verdict={verdict}>
          <span className="legend-swatch" aria-hidden="true">
            {VERDICTS[verdict].icon}
          </span>
          <span>
            <strong>{VERDICTS[verdict].label}</strong>
            {counts && <span className="legend-count"> ({counts[verdict] ?? 0})</span>}
            <span className="legend-meaning"> {VERDICTS[verdict].meaning}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
