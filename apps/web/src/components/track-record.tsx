// A source's or an actor's track record as of a day: the suggested reliability beside the
// editors' grade, the figures for what it originated and what it only carried, a chart of
// accuracy and settled claims over time (server-rendered SVG, said again in words and as a
// table), and the calibration of its credibility grades.
import type { SourceReliability, TrackRecord } from '@claimgraph/sdk';
import { CREDIBILITY, RELIABILITY } from '../lib/labels';
import { CHART, chartGeometry, chartSummary, percent } from '../lib/record-chart';
import '../styles/track-record.css';

type PartyRecord = TrackRecord['originator'];

export function TrackRecordSection({
  record,
  name,
  editorGrade,
  unreadableDay,
}: {
  record: TrackRecord;
  name: string;
  /** The grade an editor set (sources only). */
  editorGrade?: SourceReliability;
  /** ?asOf= as given when it is not a calendar day: the record shown is today's, and this says so. */
  unreadableDay?: string;
}) {
  const { originator, carried, suggestedReliability } = record;
  return (
    <section aria-labelledby="record" className="track-record">
      <h2 id="record">Track record</h2>
      {unreadableDay !== undefined && (
        <p role="alert" className="problem">
          “{unreadableDay}” is not a calendar day (give it as year-month-day, for example 2022-10-01): the record below is today’s.
        </p>
      )}
      <p className="muted">
        As of <time dateTime={record.asOf}>{record.asOf}</time>. Each claim counts under the verdict in force that day; open and
        unverifiable claims never count as right or wrong. A claim is {name}’s own when {name} is the last link of an attribution chain (or
        made it, or published it without naming anyone); it was only carried when others come after {name} in the chain.
      </p>

      <dl className="facts record-grades">
        {editorGrade && (
          <>
            <dt>Editors’ grade</dt>
            <dd>
              <strong className="reliability-grade">{editorGrade}</strong> {RELIABILITY[editorGrade]}
            </dd>
          </>
        )}
        <dt>Suggested by the record</dt>
        <dd>
          <strong className="reliability-grade">{suggestedReliability.grade}</strong>{' '}
          {/* F's reason already says that it cannot be judged. */}
          {suggestedReliability.grade === 'F'
            ? suggestedReliability.reason
            : `${RELIABILITY[suggestedReliability.grade]}: ${suggestedReliability.reason}`}
        </dd>
      </dl>

      <div className="record-tables">
        <Figures caption="Claims it originated" record={originator} />
        <Figures caption="Claims it only carried" record={carried} />
      </div>

      <h3>Accuracy and settled claims over time</h3>
      <p className="muted">
        Of the claims it originated: one column for each month in which the record changed; months without a change are left out.
      </p>
      <Chart record={originator} asOf={record.asOf} />

      {originator.calibration.length > 0 && (
        <>
          <h3>Calibration</h3>
          <p className="muted">
            The credibility grade each claim was given when it was made, read as a probability, against what happened (confirmed 1, partly
            0.5, refuted 0).
          </p>
          <div className="table-scroll">
            <table className="record-table">
              <thead>
                <tr>
                  <th scope="col">Grade</th>
                  <th scope="col">Said</th>
                  <th scope="col">Settled</th>
                  <th scope="col">Happened</th>
                </tr>
              </thead>
              <tbody>
                {originator.calibration.map((row) => (
                  <tr key={row.grade}>
                    <th scope="row">{CREDIBILITY[row.grade]}</th>
                    <td>{percent(row.probability)}</td>
                    <td>{row.settled}</td>
                    <td>{percent(row.observed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Figures({ caption, record }: { caption: string; record: PartyRecord }) {
  const rows: [string, string | number][] = [
    ['Claims', record.claims],
    ['Confirmed', record.confirmed],
    ['Partly confirmed', record.partlyConfirmed],
    ['Refuted', record.refuted],
    ['Open', record.open],
    ['Unverifiable', record.unverifiable],
    ['Settled', record.settled],
    ['Accuracy', percent(record.accuracy)],
    ['Brier score', record.brierScore === null || record.brierScore === undefined ? '–' : record.brierScore.toFixed(3)],
  ];
  return (
    <table className="record-table record-figures">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Chart({ record, asOf }: { record: PartyRecord; asOf: string }) {
  const points = record.history;
  const summary = chartSummary(points, asOf);
  if (points.length === 0) return <p className="empty-state">{summary}</p>;
  const g = chartGeometry(points);
  const bottom = CHART.height - CHART.bottom;
  const right = CHART.width - CHART.right;
  return (
    <figure className="record-chart">
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby="record-chart-title record-chart-desc">
        <title id="record-chart-title">Accuracy and settled claims by month</title>
        <desc id="record-chart-desc">{summary}</desc>
        {[0, 0.5, 1].map((a) => {
          const y = CHART.top + (1 - a) * (bottom - CHART.top);
          return (
            <g key={a}>
              <line x1={CHART.left} x2={right} y1={y} y2={y} className="chart-grid" />
              <text x={CHART.left - 6} y={y + 4} textAnchor="end" className="chart-axis chart-accuracy-axis">
                {a * 100}%
              </text>
            </g>
          );
        })}
        {g.settledTicks.map((tick) => (
          <text key={tick.value} x={right + 6} y={tick.y + 4} className="chart-axis">
            {tick.value}
          </text>
        ))}
        {g.bars.map((bar) => (
          <rect key={bar.month} x={bar.x} y={bar.y} width={bar.width} height={bar.height} className="chart-bar" />
        ))}
        {g.line && <path d={g.line} className="chart-line" />}
        {g.dots.map((dot) => (
          <circle key={dot.month} cx={dot.cx} cy={dot.cy} r={4} className="chart-dot" />
        ))}
        {g.labels.map((label) => (
          <text key={label.month} x={label.x} y={bottom + 18} textAnchor="middle" className="chart-axis">
            {label.month}
          </text>
        ))}
        <line x1={CHART.left} x2={right} y1={bottom} y2={bottom} className="chart-baseline" />
      </svg>
      <figcaption>
        <span className="legend-line" aria-hidden="true" /> accuracy (left scale) <span className="legend-bar" aria-hidden="true" /> settled
        claims (right scale). {summary}
      </figcaption>
      <details>
        <summary>The chart as a table</summary>
        <div className="table-scroll">
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Claims</th>
                <th scope="col">Settled</th>
                <th scope="col">Accuracy</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.month}>
                  <th scope="row">
                    <time dateTime={p.month}>{p.month}</time>
                  </th>
                  <td>{p.claims}</td>
                  <td>{p.settled}</td>
                  <td>{percent(p.accuracy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
