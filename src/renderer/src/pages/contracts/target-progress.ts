/** Progress as a bar fills: 0–100, with anything below the baseline flagged rather than drawn. */
export function progressBar(progress: number | null): { percent: number; worseThanBaseline: boolean } | null {
  if (progress === null) return null;
  return { percent: Math.round(Math.min(1, Math.max(0, progress)) * 100), worseThanBaseline: progress < 0 };
}
