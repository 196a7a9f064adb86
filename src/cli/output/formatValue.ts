/**
 * Formats seconds compactly: `0s`, `12.3s`, `4m30s`, `1h05m`, `8h`, `∞`; a million hours or more
 * (over a century) in hours to 3 significant digits: `3.36e+6h`, `1.42e+296h`.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  if (seconds < 0.05) return '0s';
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds).toString()}s`;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h >= 1e6) return `${h.toPrecision(3)}h`;
  if (h > 0) return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}m`;
  return s === 0 ? `${m}m` : `${m}m${String(s).padStart(2, '0')}s`;
}

/** Formats a fraction as a percentage with `digits` decimals: `0.8123` → `81.2%`. */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return '–';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** Formats a number with at most `digits` decimals, dropping trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : '–';
  return Number(value.toFixed(digits)).toString();
}

/** Replaces non-finite numbers by strings so JSON output keeps them (`"Infinity"`). */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? null : value > 0 ? 'Infinity' : '-Infinity';
  return value;
}

/** JSON text of a command's result, with a trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, jsonReplacer, 2)}\n`;
}
