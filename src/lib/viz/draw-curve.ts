import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';

export interface CurvePoint {
  /** Epochs of training so far (fractional). */
  readonly x: number;
  readonly y: number;
}

export interface CurveData {
  readonly title: string;
  readonly points: readonly CurvePoint[];
  /** The y range; by default from zero to the largest value. */
  readonly yDomain?: readonly [number, number];
  /**
   * A value in words. On the axis `decimals` is given: the fewest decimals that tell every tick apart, chosen from the
   * axis' range, so that all its ticks share one format; for a value alone (the last, for screen readers) it is not.
   */
  readonly formatY: (value: number, decimals?: number) => string;
  /** What x counts; "epochs" by default. */
  readonly xLabel?: string;
  /** Labelled vertical lines, such as where a learning-rate schedule steps; those past the data are left out. */
  readonly marks?: readonly CurveMark[];
}

export interface CurveMark {
  readonly x: number;
  readonly label: string;
}

const WIDTH = 360;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 14, bottom: 30, left: 46 };

type Root = Selection<SVGSVGElement, unknown, null, undefined>;
type Scale = ScaleLinear<number, number>;

/** A line chart of one training curve against epochs, drawn into `svg`; empty data draws the axes only. */
export function drawCurve(svg: SVGSVGElement, data: CurveData): void {
  const lastX = data.points.at(-1)?.x ?? 0;
  const x = scaleLinear()
    .domain([0, Math.max(lastX, 0.1)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain(data.yDomain ?? [0, data.points.length > 0 ? Math.max(1e-6, ...data.points.map((point) => point.y)) : 1])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .clamp(true);
  // A domain taken from the data ends on a tick, so that no point is drawn above the top one.
  if (!data.yDomain) y.nice(4);
  const root = select(svg)
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .style('min-width', `${WIDTH}px`)
    .attr('role', 'img')
    .attr('aria-label', describe(data));
  // In this order, which is the elements' order in the drawing.
  drawXTicks(root, x);
  drawYTicks(root, y, data.formatY);
  drawXLabel(root, data.xLabel ?? 'epochs');
  drawMarks(root, x, data.marks ?? []);
  const path = line<CurvePoint>()
    .x((point) => x(point.x))
    .y((point) => y(point.y));
  root
    .selectAll('path.curve-line')
    .data([data.points])
    .join('path')
    .attr('class', 'curve-line')
    .attr('d', (points) => (points.length > 0 ? path(points as CurvePoint[]) : null));
}

/** The x ticks' values below the plot. */
function drawXTicks(root: Root, x: Scale): void {
  root
    .selectAll('g.curve-x-tick')
    .data(x.ticks(5))
    .join((enter) =>
      enter
        .append('g')
        .attr('class', 'curve-x-tick')
        .call((tick) => tick.append('text')),
    )
    .attr('transform', (value) => `translate(${x(value)} ${HEIGHT - MARGIN.bottom + 16})`)
    .select('text')
    .attr('text-anchor', 'middle')
    .text((value) => String(value));
}

/** What x counts, at the right end below the plot. */
function drawXLabel(root: Root, label: string): void {
  root
    .selectAll('text.curve-x-label')
    .data([label])
    .join('text')
    .attr('class', 'curve-x-label')
    .attr('x', WIDTH - MARGIN.right)
    .attr('y', HEIGHT - 2)
    .attr('text-anchor', 'end')
    .text((each) => each);
}

/** The fewest decimals, up to 6, that write each of `values` exactly: one format for every tick of an axis. */
export function sharedDecimals(values: readonly number[]): number {
  const exact = (decimals: number) =>
    values.every((value) => Math.abs(Number(value.toFixed(decimals)) - value) < 1e-9 * Math.max(1, Math.abs(value)));
  let decimals = 0;
  while (decimals < 6 && !exact(decimals)) decimals++;
  return decimals;
}

/** A rule across the plot for each y tick, with its value at the left, every one in the same format. */
function drawYTicks(root: Root, y: Scale, formatY: CurveData['formatY']): void {
  const ticks = y.ticks(4);
  const decimals = sharedDecimals(ticks);
  lineGroups(root, 'curve-y-tick', ticks)
    .attr('transform', (value) => `translate(0 ${y(value)})`)
    .call((tick) =>
      tick
        .select('line')
        .attr('x1', MARGIN.left)
        .attr('x2', WIDTH - MARGIN.right),
    )
    .call((tick) =>
      tick
        .select('text')
        .attr('x', MARGIN.left - 6)
        .attr('dy', '0.32em')
        .attr('text-anchor', 'end')
        .text((value) => formatY(value, decimals)),
    );
}

/** The labelled vertical lines up to the data's last x. */
function drawMarks(root: Root, x: Scale, marks: readonly CurveMark[]): void {
  lineGroups(
    root,
    'curve-mark',
    marks.filter((mark) => mark.x <= x.domain()[1]!),
  )
    .attr('transform', (mark) => `translate(${x(mark.x)} 0)`)
    .call((mark) =>
      mark
        .select('line')
        .attr('y1', MARGIN.top)
        .attr('y2', HEIGHT - MARGIN.bottom),
    )
    .call((mark) =>
      mark
        .select('text')
        // A label near the right edge goes to the left of its line, so that it is not cut off.
        .attr('x', (each) => (x(each.x) > WIDTH - 60 ? -3 : 3))
        .attr('text-anchor', (each) => (x(each.x) > WIDTH - 60 ? 'end' : 'start'))
        .attr('y', MARGIN.top + 8)
        .text((each) => each.label),
    );
}

/** One `<g class=…>` holding a line and a text per datum: a tick's rule and value, a mark's line and label. */
function lineGroups<Datum>(root: Root, name: string, data: Datum[]) {
  return root
    .selectAll<SVGGElement, Datum>(`g.${name}`)
    .data(data)
    .join((enter) =>
      enter
        .append('g')
        .attr('class', name)
        .call((group) => group.append('line'))
        .call((group) => group.append('text')),
    );
}

function describe(data: CurveData): string {
  const last = data.points.at(-1);
  if (!last) return `${data.title}: no data yet`;
  return `${data.title}: ${data.formatY(last.y)} after ${last.x.toFixed(2)} ${data.xLabel ?? 'epochs'}`;
}
