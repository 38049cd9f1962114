import type { ImportIssue } from '@shared/api/import-schemas';
import type { ParseIssue } from './import-sink';

/** Keeps the first issues for the report and counts them all; a problem without a line is told once. */
export class IssueCollector {
  static readonly KEPT = 200;
  readonly kept: ImportIssue[] = [];
  count = 0;
  private readonly seenWithoutLine = new Set<string>();
  private readonly badLines = new Set<number>();

  constructor(private readonly fileName: string) {}

  /** Rows left out when invalid rows are skipped: each line with an issue counts once. */
  get rejectedRows(): number {
    return this.badLines.size;
  }

  add(issue: ParseIssue): void {
    if (issue.line !== null) this.badLines.add(issue.line);
    if (issue.line === null) {
      const key = `${issue.column}|${issue.message}`;
      if (this.seenWithoutLine.has(key)) return;
      this.seenWithoutLine.add(key);
    }
    this.count++;
    if (this.kept.length < IssueCollector.KEPT) {
      const { line, column, value, message, code, params } = issue;
      this.kept.push({ fileName: this.fileName, line, column, value, message, code: code ?? null, params: params ?? null });
    }
  }
}
