interface SparklineProps {
  /** Daily values, oldest first; null is a day without data (the line breaks there). */
  values: readonly (number | null)[];
  /** Drawn as dashed lines, and kept in range, so the distance to trouble shows. */
  watch: number | null;
  breach: number | null;
  width: number;
  height: number;
  color: string;
  label: string;
}

const PAD = 3;

/** A tiny inline SVG trend: cheap enough that the one open details card draws it at once. */
export function Sparkline({ values, watch, breach, width, height, color, label }: SparklineProps) {
  const numbers = values.filter((value): value is number => value !== null);
  if (numbers.length === 0) return null;
  const levels = [...numbers, ...[watch, breach].filter((level): level is number => level !== null)];
  const min = Math.min(...levels);
  const max = Math.max(...levels);
  const span = max - min || 1;
  const x = (index: number) => PAD + (index * (width - 2 * PAD)) / Math.max(1, values.length - 1);
  const y = (value: number) => height - PAD - ((value - min) * (height - 2 * PAD)) / span;

  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (current.length > 0) segments.push(current.join(' '));
  const lastIndex = values.findLastIndex((value) => value !== null);
  const last = values[lastIndex];

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid="cell-sparkline">
      {[
        { level: watch, tone: 'var(--mantine-color-yellow-6)' },
        { level: breach, tone: 'var(--mantine-color-red-6)' },
      ].map(({ level, tone }) =>
        level === null ? null : (
          <line key={tone} x1={PAD} x2={width - PAD} y1={y(level)} y2={y(level)} stroke={tone} strokeWidth={1} strokeDasharray="3 3" />
        ),
      )}
      {segments.map((points) =>
        points.includes(' ') ? (
          <polyline key={points} points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
        ) : null,
      )}
      {last !== undefined && last !== null && <circle cx={x(lastIndex)} cy={y(last)} r={2.5} fill={color} />}
    </svg>
  );
}
