// A small line chart as SVG markup, drawn by hand (no chart library): a few series over integer x.
import { escapeXml, niceStep } from '../../src/cli/output/renderChart.js';

/** One line of a chart. */
export interface Series {
  /** Legend text. */
  name: string;
  /** One value per x; a value above the axis (or ∞) is drawn at the top and marked ↑. */
  values: readonly number[];
  /** Stroke colour. */
  color: string;
  /** Dashed, so the lines differ without colour too. */
  dashed?: boolean;
}

/** What to draw. */
export interface LineChartSpec {
  title: string;
  xLabel: string;
  x: readonly number[];
  series: readonly Series[];
  /** The largest value the y axis must show (rounded up to a tick). */
  yMax: number;
  /** A tick label. */
  format: (y: number) => string;
  /** An x to mark with a vertical rule (the answer). */
  marker?: number;
}

const WIDTH = 360;
const HEIGHT = 230;
const LEFT = 48;
const RIGHT = 12;
const TOP = 34;
const BOTTOM = 58;

/** The chart as an `<svg>` element's markup, scaled to its container by its viewBox. */
export function lineChart(spec: LineChartSpec): string {
  const first = spec.x[0] ?? 0;
  const span = Math.max(1, (spec.x[spec.x.length - 1] ?? 1) - first);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const px = (x: number): number => LEFT + ((x - first) / span) * plotWidth;
  const step = niceStep(spec.yMax, 4);
  const yMax = Math.ceil(spec.yMax / step - 1e-9) * step;
  const py = (y: number): number => TOP + plotHeight - (Math.min(y, yMax) / yMax) * plotHeight;
  const parts: string[] = [`<title>${escapeXml(spec.title)}</title>`];
  parts.push(`<text x="${LEFT}" y="14" class="chart-title">${escapeXml(spec.title)}</text>`);
  for (let y = 0; y <= yMax + step * 1e-9; y += step) {
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${py(y)}" y2="${py(y)}" class="grid"/>`);
    parts.push(`<text x="${LEFT - 4}" y="${py(y) + 4}" text-anchor="end">${escapeXml(spec.format(y))}</text>`);
  }
  const xStep = Math.max(1, Math.ceil(spec.x.length / 7));
  spec.x.forEach((x, i) => {
    if (i % xStep === 0) parts.push(`<text x="${px(x)}" y="${TOP + plotHeight + 16}" text-anchor="middle">${x}</text>`);
  });
  parts.push(`<text x="${LEFT + plotWidth / 2}" y="${TOP + plotHeight + 32}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`);
  if (spec.marker !== undefined) {
    parts.push(`<line x1="${px(spec.marker)}" x2="${px(spec.marker)}" y1="${TOP}" y2="${TOP + plotHeight}" class="marker"/>`);
  }
  spec.series.forEach((s, k) => {
    const points = spec.x.map((x, i) => `${px(x).toFixed(1)},${py(s.values[i] ?? 0).toFixed(1)}`).join(' ');
    const dash = s.dashed === true ? ' stroke-dasharray="5 3"' : '';
    parts.push(`<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`);
    spec.x.forEach((x, i) => {
      const y = s.values[i] ?? 0;
      if (y > yMax) parts.push(`<text x="${px(x)}" y="${TOP - 3}" text-anchor="middle" fill="${s.color}">↑</text>`);
    });
    const legendX = LEFT + k * 150;
    const legendY = HEIGHT - 8;
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 22}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`,
    );
    parts.push(`<text x="${legendX + 28}" y="${legendY}">${escapeXml(s.name)}</text>`);
  });
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" class="chart" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
