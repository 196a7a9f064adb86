import type { Calibration, CallHistory, IntervalOutcome } from '../../index.js';
import { startLabel } from './historyOutput.js';
import { escapeXml, niceStep } from './renderChart.js';

const WIDTH = 960;
const HEIGHT = 420;
const LEFT = 64;
const RIGHT = 24;
/** Closest two off-scale marks of one line may be, px. */
const MARK_WIDTH = 12;
/** Steps between time labels, seconds: round hours, then days, then weeks. */
const LABEL_STEPS = [1800, 3600, 7200, 10_800, 14_400, 21_600, 43_200, 86_400, 172_800, 604_800];
const COLORS = { observed: '#9ecae1', erlangA: '#d62728', erlangC: '#ff7f0e', grid: '#e5e5e5', text: '#333333' };

/**
 * A self-contained SVG of a calibration: for each interval, observed P(abandon) and mean wait as
 * bars, Erlang A (calibrated availability) and Erlang C (same availability) as lines; a value
 * far above the observed ones is drawn at the top of its panel and marked ↑ (∞ when overloaded).
 */
export function renderFitChart(history: CallHistory, calibration: Calibration, title: string): string {
  const rows = calibration.intervals;
  const n = Math.max(1, rows.length);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const slot = plotWidth / n;
  const x = (i: number): number => LEFT + (i + 0.5) * slot;
  const panels: { key: keyof IntervalOutcome; label: string; top: number; height: number; format: (v: number) => string }[] = [
    { key: 'probAbandon', label: 'P(abandon)', top: 80, height: 115, format: (v) => `${Math.round(v * 100)}%` },
    { key: 'meanWait', label: 'mean wait (s)', top: 245, height: 115, format: (v) => String(Math.round(v)) },
  ];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="22" font-size="15" fill="${COLORS.text}">${escapeXml(title)}</text>`,
    `<text x="${LEFT}" y="42" fill="${COLORS.text}">bars: observed · red: Erlang A at ${Math.round(calibration.availability * 100)}% availability · orange dashed: Erlang C (↑ off the scale, ∞ overloaded)</text>`,
  ];
  for (const panel of panels) {
    // The scale follows the observed values and Erlang A; Erlang C far above them is drawn at the top.
    const finite = rows.flatMap((r) => [r.observed[panel.key], r.erlangA[panel.key]]).filter(Number.isFinite);
    const max = Math.min(
      Math.max(...finite, panel.key === 'probAbandon' ? 0.01 : 1),
      2 * Math.max(...rows.map((r) => r.observed[panel.key]), 1e-9),
    );
    const step = niceStep(max, 4);
    const top = Math.ceil(max / step) * step;
    const y = (v: number): number => panel.top + panel.height * (1 - Math.min(v, top) / top);
    parts.push(`<g id="${panel.key}-axis" fill="${COLORS.text}">`);
    for (let v = 0, k = 0; v <= top + 1e-9 && k < 20; v += step, k++) {
      parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${COLORS.grid}"/>`);
      parts.push(`<text x="${LEFT - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${panel.format(v)}</text>`);
    }
    parts.push(`<text x="${LEFT}" y="${panel.top - 8}">${panel.label}</text></g>`);
    parts.push(`<g id="${panel.key}-observed" fill="${COLORS.observed}">`);
    rows.forEach((r, i) => {
      const v = r.observed[panel.key];
      parts.push(
        `<rect x="${(x(i) - slot * 0.4).toFixed(1)}" y="${y(v).toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" height="${(panel.top + panel.height - y(v)).toFixed(1)}"/>`,
      );
    });
    parts.push('</g>');
    for (const model of ['erlangA', 'erlangC'] as const) {
      const d = rows.map((r, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(r[model][panel.key]).toFixed(1)}`).join(' ');
      const dash = model === 'erlangC' ? ' stroke-dasharray="6 4"' : '';
      parts.push(`<g id="${panel.key}-${model}"><path d="${d}" fill="none" stroke="${COLORS[model]}" stroke-width="2.5"${dash}/>`);
      // one mark per run of off-scale intervals closer than a mark's width (no "∞∞∞∞" over weeks)
      let lastMark = -Infinity;
      rows.forEach((r, i) => {
        const v = r[model][panel.key];
        if (!(v > top) || x(i) - lastMark < MARK_WIDTH) return;
        lastMark = x(i);
        parts.push(
          `<text x="${x(i).toFixed(1)}" y="${panel.top - 2}" text-anchor="middle" fill="${COLORS[model]}">${Number.isFinite(v) ? '↑' : '∞'}</text>`,
        );
      });
      parts.push('</g>');
    }
  }
  const first = rows[0]?.start ?? 0;
  const oneDay = history.pool === 'none' && (rows[rows.length - 1]?.start ?? 0) - first < 86_400;
  const label = (start: number): string => (oneDay ? startLabel(history, start).slice(-5) : startLabel(history, start));
  // labels at round times (every 1, 2, 3, 4, 6 or 12 hours, or whole days) that fit side by side
  const labelWidth = label(first).length * 7 + 12;
  let gap = Infinity;
  for (let i = 1; i < rows.length; i++) gap = Math.min(gap, (rows[i]?.start ?? 0) - (rows[i - 1]?.start ?? 0));
  if (!(gap > 0 && gap < Infinity)) gap = 1800;
  const fits = (step: number): boolean => (slot * step) / gap >= labelWidth;
  const step = LABEL_STEPS.find(fits) ?? (LABEL_STEPS[LABEL_STEPS.length - 1] as number);
  parts.push(`<g id="starts" fill="${COLORS.text}">`);
  let lastLabel = -Infinity;
  rows.forEach((r, i) => {
    if (r.start % step !== 0 || x(i) - lastLabel < labelWidth) return;
    lastLabel = x(i);
    parts.push(`<text x="${x(i).toFixed(1)}" y="${HEIGHT - 30}" text-anchor="middle">${escapeXml(label(r.start))}</text>`);
  });
  const axis = history.pool === 'day' ? 'time of day' : history.pool === 'week' ? 'day and time of the week' : 'interval start (UTC)';
  parts.push(`</g><text x="${LEFT + plotWidth / 2}" y="${HEIGHT - 10}" text-anchor="middle" fill="${COLORS.text}">${axis}</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
