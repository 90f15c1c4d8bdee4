// The geometry of a track record's chart, as plain numbers: where each month's point sits, the
// accuracy line and the settled-claims bars, and the sentence that says the same in words. The
// component (components/track-record.tsx) only draws what this returns.
import type { TrackRecord } from '@claimgraph/sdk';

type Point = TrackRecord['originator']['history'][number];

export const CHART = { width: 640, height: 240, left: 48, right: 48, top: 16, bottom: 40 } as const;

interface ChartBar {
  month: string;
  x: number;
  y: number;
  width: number;
  height: number;
  settled: number;
}

export interface ChartGeometry {
  /** The accuracy line's path ('' when nothing is settled at any point). */
  line: string;
  /** One dot per point with an accuracy. */
  dots: { month: string; cx: number; cy: number; accuracy: number }[];
  bars: ChartBar[];
  /** Ticks of the settled axis (right), bottom to top. */
  settledTicks: { value: number; y: number }[];
  /** Month labels under the axis, thinned so they never overlap. */
  labels: { month: string; x: number }[];
  maxSettled: number;
}

const plotWidth = CHART.width - CHART.left - CHART.right;
const plotHeight = CHART.height - CHART.top - CHART.bottom;

/**
 * One column per point, evenly spaced and labelled with its month: the points are the months in
 * which the record changed, so the months between (where nothing happened) take no room.
 */
export function chartGeometry(points: readonly Point[]): ChartGeometry {
  const slot = plotWidth / Math.max(1, points.length);
  const xOf = (i: number) => CHART.left + slot * (i + 0.5);
  const maxSettled = Math.max(1, ...points.map((p) => p.settled));
  const settledY = (n: number) => CHART.top + plotHeight - (n / maxSettled) * plotHeight;
  const accuracyY = (a: number) => CHART.top + plotHeight - a * plotHeight;
  const barWidth = Math.min(40, slot * 0.6);

  const dots = points.flatMap((p, i) =>
    p.accuracy === null ? [] : [{ month: p.month, cx: round(xOf(i)), cy: round(accuracyY(p.accuracy)), accuracy: p.accuracy }],
  );
  // A record stays what it is until the next change: the line steps, then runs on to the end.
  let line = '';
  for (const [i, dot] of dots.entries()) line += i === 0 ? `M${dot.cx},${dot.cy}` : `H${dot.cx}V${dot.cy}`;
  if (dots.length > 0) line += `H${round(CHART.left + plotWidth)}`;

  const bars = points.map((p, i) => {
    const y = settledY(p.settled);
    return {
      month: p.month,
      x: round(xOf(i) - barWidth / 2),
      y: round(y),
      width: round(barWidth),
      height: round(CHART.top + plotHeight - y),
      settled: p.settled,
    };
  });

  const step = Math.max(1, Math.ceil(maxSettled / 4));
  const settledTicks = [];
  for (let value = 0; value <= maxSettled; value += step) settledTicks.push({ value, y: round(settledY(value)) });

  // About 70 units per label keeps "2022-09" clear of its neighbour.
  const labels: { month: string; x: number }[] = [];
  for (const [i, p] of points.entries()) {
    const x = xOf(i);
    if (labels.length === 0 || x - labels.at(-1)!.x >= 70) labels.push({ month: p.month, x: round(x) });
  }

  return { line, dots, bars, settledTicks, labels, maxSettled };
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 100)} %`;
}

/** The chart in one sentence, for those who cannot see it. */
export function chartSummary(points: readonly Point[], asOf: string): string {
  const settledPoints = points.filter((p) => p.accuracy !== null);
  if (points.length === 0) return `No claims known on ${asOf}.`;
  if (settledPoints.length === 0) {
    const known = points.at(-1)!.claims;
    return `${known} claim${known === 1 ? '' : 's'} known by ${asOf}, none settled yet: there is no accuracy to show.`;
  }
  const first = settledPoints[0]!;
  const latest = settledPoints.at(-1)!;
  const low = settledPoints.reduce((a, b) => (b.accuracy! < a.accuracy! ? b : a));
  const high = settledPoints.reduce((a, b) => (b.accuracy! > a.accuracy! ? b : a));
  const claims = (n: number) => `${n} settled claim${n === 1 ? '' : 's'}`;
  const start = `Accuracy was ${percent(first.accuracy)} in ${first.month} (${claims(first.settled)})`;
  if (first === latest) return `${start}, and so it stayed until ${asOf}.`;
  return `${start} and ${percent(latest.accuracy)} in ${latest.month} (${claims(latest.settled)}), lowest ${percent(low.accuracy)}, highest ${percent(high.accuracy)}.`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
