/** One interval on the chart. */
export interface ChartPoint {
  /** Start, seconds (since 1970 UTC, or since midnight for a day without dates). */
  start: number;
  /** Length, seconds. */
  length: number;
  /** Contacts forecast in the interval. */
  calls: number;
  /** Agents required on the phones (after the staffing target). */
  required: number;
  /** Agents scheduled (required grossed up for shrinkage). */
  scheduled: number;
}

/** Options for {@link renderChart}. */
export interface ChartOptions {
  /** Title at the top. @defaultValue 'Staffing plan' */
  title?: string;
  /** Width in px. @defaultValue 960 */
  width?: number;
  /** Height in px. @defaultValue 420 */
  height?: number;
  /** Most bars drawn; longer plans show the peak of each group of intervals. @defaultValue 1000 */
  maxBars?: number;
  /** Legend labels of the two lines. @defaultValue `{ required: 'required agents', scheduled: 'scheduled' }` */
  legend?: { required: string; scheduled: string };
  /** A line under the title saying what the series hold, e.g. which channels they sum. @defaultValue none */
  note?: string;
}

/** Most time labels on the axis. */
const MAX_TICKS = 16;

const COLORS = { calls: '#9ecae1', required: '#d62728', scheduled: '#1f4e79', grid: '#e5e5e5', text: '#333333' };

/** Escapes text for SVG. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round tick step giving about `ticks` ticks up to `max`. */
export function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

function r1(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}

function clockLabel(seconds: number, withDate: boolean): string {
  const d = new Date(seconds * 1000);
  const hours = String(d.getUTCHours()).padStart(2, '0');
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  if (!withDate) return `${hours}:${minutes}`;
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return `${days[d.getUTCDay()]} ${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Groups consecutive points so at most `maxBars` remain, keeping each group's peak values. */
function downsample(points: readonly ChartPoint[], maxBars: number): { points: ChartPoint[]; group: number } {
  if (points.length <= maxBars) return { points: points.slice(), group: 1 };
  const group = Math.ceil(points.length / maxBars);
  const out: ChartPoint[] = [];
  for (let i = 0; i < points.length; i += group) {
    const first = points[i] as ChartPoint;
    let last = first;
    let calls = 0;
    let required = 0;
    let scheduled = 0;
    for (let j = i; j < Math.min(points.length, i + group); j++) {
      const p = points[j] as ChartPoint;
      last = p;
      if (p.calls > calls) calls = p.calls;
      if (p.required > required) required = p.required;
      if (p.scheduled > scheduled) scheduled = p.scheduled;
    }
    out.push({ start: first.start, length: last.start + last.length - first.start, calls, required, scheduled });
  }
  return { points: out, group };
}

/**
 * Renders a staffing plan as a self-contained SVG document (no scripts, fonts, images or links):
 * forecast contacts as bars on the left axis, required and scheduled agents as step lines on the
 * right axis, over the day (or week). Each series is a `<g>` with an `id` (`calls`, `required`,
 * `scheduled`) so tests and readers can find it.
 */
export function renderChart(input: readonly ChartPoint[], options: ChartOptions = {}): string {
  const width = options.width ?? 960;
  const height = options.height ?? 420;
  const title = options.title ?? 'Staffing plan';
  const { points, group } = downsample(input, options.maxBars ?? 1000);
  const left = 64;
  const right = 64;
  const top = 64;
  const bottom = 48;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const t0 = points.length > 0 ? (points[0] as ChartPoint).start : 0;
  const last = points[points.length - 1];
  const t1 = last === undefined ? 1 : last.start + last.length;
  const span = Math.max(t1 - t0, 1);
  const x = (t: number): number => left + ((t - t0) / span) * plotW;
  let maxCalls = 0;
  let maxAgents = 0;
  for (const p of points) {
    if (p.calls > maxCalls) maxCalls = p.calls;
    if (p.scheduled > maxAgents) maxAgents = p.scheduled;
    if (p.required > maxAgents) maxAgents = p.required;
  }
  const callStep = niceStep(Math.max(maxCalls, 1), 5);
  const callTop = Math.max(callStep, Math.ceil(maxCalls / callStep) * callStep);
  const agentStep = niceStep(Math.max(maxAgents, 1), 5);
  const agentTop = Math.max(agentStep, Math.ceil(maxAgents / agentStep) * agentStep);
  const yCalls = (v: number): number => top + plotH - (v / callTop) * plotH;
  const yAgents = (v: number): number => top + plotH - (v / agentTop) * plotH;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="24" font-size="16" font-weight="bold" fill="${COLORS.text}">${escapeXml(title)}</text>`,
  );
  if (options.note !== undefined) parts.push(`<text id="note" x="${left}" y="42" fill="${COLORS.text}">${escapeXml(options.note)}</text>`);
  // Grid and left axis (calls).
  parts.push('<g id="axes">');
  for (let v = 0; v <= callTop + 1e-9; v += callStep) {
    const y = r1(yCalls(v));
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}" stroke="${COLORS.grid}"/>`,
      `<text x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="${COLORS.text}">${r1(v)}</text>`,
    );
  }
  for (let v = 0; v <= agentTop + 1e-9; v += agentStep) {
    parts.push(`<text x="${left + plotW + 6}" y="${r1(yAgents(v))}" dominant-baseline="middle" fill="${COLORS.scheduled}">${r1(v)}</text>`);
  }
  // Time ticks: hours for a day, days for longer spans.
  const withDate = span > 2 * 86400;
  const baseStep = withDate ? 86400 : span > 12 * 3600 ? 7200 : span > 4 * 3600 ? 3600 : 1800;
  // At most MAX_TICKS labels whatever the span (a whole number of base steps apart).
  const tickStep = Math.max(1, Math.ceil(span / baseStep / MAX_TICKS)) * baseStep;
  const firstTick = Math.ceil(t0 / tickStep) * tickStep;
  for (let i = 0, t = firstTick; i <= MAX_TICKS && t <= t1; i++, t = firstTick + i * tickStep) {
    const tickX = r1(x(t));
    parts.push(
      `<line x1="${tickX}" x2="${tickX}" y1="${top + plotH}" y2="${top + plotH + 5}" stroke="${COLORS.text}"/>`,
      `<text x="${tickX}" y="${top + plotH + 18}" text-anchor="middle" fill="${COLORS.text}">${clockLabel(t, withDate)}</text>`,
    );
  }
  parts.push(
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="${COLORS.text}"/>`,
    `<text x="${left + plotW / 2}" y="${top + plotH + 38}" text-anchor="middle" fill="${COLORS.text}">${withDate ? 'date (interval start)' : 'time of day (interval start)'}</text>`,
    `<text transform="translate(16 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="${COLORS.text}">contacts per interval</text>`,
    `<text transform="translate(${width - 14} ${top + plotH / 2}) rotate(90)" text-anchor="middle" fill="${COLORS.scheduled}">agents</text>`,
    '</g>',
  );
  // Bars: contacts.
  parts.push(`<g id="calls" fill="${COLORS.calls}">`);
  for (const p of points) {
    const x0 = x(p.start);
    const w = Math.max(x(p.start + p.length) - x0 - (points.length > 200 ? 0 : 1), 0.5);
    const y = yCalls(p.calls);
    parts.push(
      `<rect x="${r1(x0)}" y="${r1(y)}" width="${r1(w)}" height="${r1(top + plotH - y)}"><title>${r1(p.calls)} contacts</title></rect>`,
    );
  }
  parts.push('</g>');
  // Step lines: required and scheduled agents.
  const stepPath = (value: (p: ChartPoint) => number): string => {
    let d = '';
    let prevEnd = NaN;
    for (const p of points) {
      const y = r1(yAgents(value(p)));
      const xs = r1(x(p.start));
      d += p.start === prevEnd ? `L${xs} ${y}` : `M${xs} ${y}`;
      d += `L${r1(x(p.start + p.length))} ${y}`;
      prevEnd = p.start + p.length;
    }
    return d;
  };
  parts.push(
    `<g id="required"><path d="${stepPath((p) => p.required)}" fill="none" stroke="${COLORS.required}" stroke-width="2"/></g>`,
    `<g id="scheduled"><path d="${stepPath((p) => p.scheduled)}" fill="none" stroke="${COLORS.scheduled}" stroke-width="2" stroke-dasharray="6 3"/></g>`,
  );
  // Legend.
  const legendX = left + plotW - 390;
  const legend = options.legend ?? { required: 'required agents', scheduled: 'scheduled' };
  parts.push(
    `<g id="legend" transform="translate(${legendX} 46)">`,
    `<rect x="0" y="-9" width="14" height="10" fill="${COLORS.calls}"/><text x="20" y="0" fill="${COLORS.text}">contacts${group > 1 ? ` (peak of ${group})` : ''}</text>`,
    `<line x1="150" x2="172" y1="-4" y2="-4" stroke="${COLORS.required}" stroke-width="2"/><text x="178" y="0" fill="${COLORS.text}">${escapeXml(legend.required)}</text>`,
    `<line x1="282" x2="304" y1="-4" y2="-4" stroke="${COLORS.scheduled}" stroke-width="2" stroke-dasharray="6 3"/><text x="310" y="0" fill="${COLORS.text}">${escapeXml(legend.scheduled)}</text>`,
    '</g>',
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
