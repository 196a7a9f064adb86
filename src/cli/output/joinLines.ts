/**
 * `count` lines, each followed by a newline, as one string. The lines are joined 256 at a time:
 * a line built by concatenation is a rope of many pieces until it is flattened, and 100,000 of
 * them alive at once cost more in garbage collection than building them.
 */
export function joinLines(count: number, line: (i: number) => string): string {
  const blocks: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(line(i));
    if (lines.length === 256 || i === count - 1) {
      blocks.push(`${lines.join('\n')}\n`);
      lines.length = 0;
    }
  }
  return blocks.join('');
}
