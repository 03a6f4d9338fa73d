/**
 * The quota's forecast (预测) from the pipeline, not a straight line: who of the households not yet solved can still be
 * solved by the year's end, in three cases — low, expected and high — with the basis listed line by line.
 *
 * The groups (counted by the quota repository, one set-based query):
 * - `allocatedDue`: property-swap households holding allocated flats (not yet delivered) whose delivery date — the
 *   flat's planned delivery, else its building's, else its base's; a built flat (现房) can be delivered at once — falls
 *   within the rest of the year (or has passed without delivery). Delivery is scheduled: low 80 %, expected and high 100 %.
 * - `allocatedLater`: the same, due after the year: nothing this year (listed so a leader sees them).
 * - `swapReadyBase`: signed property-swap households without a flat, waiting in a published 选房 round on a base that
 *   delivers within the year (stage 竣工/交付中, or its planned delivery by the year's end): they still have to choose
 *   and receive keys — low 0, expected 50 %, high 100 %.
 * - `swapLaterBase`: the same on a base that delivers after the year: nothing.
 * - `swapNoRound`: signed property-swap households without a flat and in no round: low 0, expected 0, high 25 % (a
 *   round may still be held on built stock).
 * - `monetaryPartlyPaid`: monetary households paid in part (solved when paid in full): low 50 %, expected 80 %, high 100 %.
 * - `monetaryUnpaid`: signed monetary households paid nothing yet: low 0, expected 30 %, high 60 %.
 *
 * The groups without a fixed date (`timed`) need time: their weights are scaled by the share of a quarter (90 days)
 * still left in the year, so a week before the year's end they add almost nothing. Each line's contribution is
 * rounded once — low down, expected half-up, high up — so low ≤ expected ≤ high; the totals are the solved count plus
 * the lines' contributions. A year already over forecasts exactly what was solved.
 */
export interface ForecastPipeline {
  allocatedDue: number;
  allocatedLater: number;
  swapReadyBase: number;
  swapLaterBase: number;
  swapNoRound: number;
  monetaryPartlyPaid: number;
  monetaryUnpaid: number;
}

export type PipelineGroup = keyof ForecastPipeline;

export interface ForecastWeight {
  label: string;
  low: number;
  expected: number;
  high: number;
  /** Needs time rather than a fixed date: scaled by the share of a quarter left in the year. */
  timed: boolean;
}

/** The documented weights, in the order the basis lists them. */
export const FORECAST_WEIGHTS: Record<PipelineGroup, ForecastWeight> = {
  allocatedDue: { label: '已分配房源、年内到交付日期（或已到期未交房）', low: 0.8, expected: 1, high: 1, timed: false },
  allocatedLater: { label: '已分配房源、交付日期在明年及以后', low: 0, expected: 0, high: 0, timed: false },
  swapReadyBase: { label: '产权调换已签约未选房，所在选房轮次的基地年内交付', low: 0, expected: 0.5, high: 1, timed: true },
  swapLaterBase: { label: '产权调换已签约未选房，所在选房轮次的基地年内不能交付', low: 0, expected: 0, high: 0, timed: true },
  swapNoRound: { label: '产权调换已签约，尚未排入选房轮次', low: 0, expected: 0, high: 0.25, timed: true },
  monetaryPartlyPaid: { label: '货币补偿已部分支付（付清即解决）', low: 0.5, expected: 0.8, high: 1, timed: true },
  monetaryUnpaid: { label: '货币补偿已签约、尚未支付', low: 0, expected: 0.3, high: 0.6, timed: true },
};

const QUARTER_DAYS = 90;

export interface BasisLine {
  group: PipelineGroup;
  label: string;
  households: number;
  low: number;
  expected: number;
  high: number;
}

export interface Forecast {
  low: number;
  expected: number;
  high: number;
  /** Days of the year still ahead of the data's present (0: the year is over). */
  daysLeft: number;
  basis: BasisLine[];
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** Days after `asOf` up to and including the year's last day (all of the year when `asOf` lies before it; 0 after it). */
export function daysLeftInYear(year: number, asOf: string): number {
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  const from = Math.max(first, dayNumber(asOf) + 1);
  return Math.max(0, last - from + 1);
}

/** The forecast of the year's solved households from what is solved and the pipeline, as of the data's present. */
export function forecastQuota(year: number, asOf: string, solved: number, pipeline: ForecastPipeline): Forecast {
  const daysLeft = daysLeftInYear(year, asOf);
  const timeShare = Math.min(1, daysLeft / QUARTER_DAYS);
  const basis: BasisLine[] = (Object.keys(FORECAST_WEIGHTS) as PipelineGroup[]).map((group) => {
    const w = FORECAST_WEIGHTS[group];
    const households = pipeline[group];
    const scale = daysLeft === 0 ? 0 : w.timed ? timeShare : 1;
    // The epsilon keeps 0.1 × 30 = 3.0000000000000004 from rounding up to 4; `+ 0` turns -0 into 0.
    return {
      group,
      label: w.label,
      households,
      low: Math.floor(households * w.low * scale + 1e-9) + 0,
      expected: Math.round(households * w.expected * scale + 1e-9) + 0,
      high: Math.max(0, Math.ceil(households * w.high * scale - 1e-9)),
    };
  });
  const sum = (key: 'low' | 'expected' | 'high') => solved + basis.reduce((s, b) => s + b[key], 0);
  return { low: sum('low'), expected: sum('expected'), high: sum('high'), daysLeft, basis };
}
