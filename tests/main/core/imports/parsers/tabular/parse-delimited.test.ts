import { describe, expect, it } from 'vitest';
import type { ParseIssue } from '../../../../../../src/main/core/imports/import-sink';
import { parseDelimited, sniffDelimiter } from '../../../../../../src/main/core/imports/parsers/tabular/parse-delimited';

function rows(text: string, delimiter?: ',' | ';' | '\t') {
  const result: Array<[number, string[]]> = [];
  const issues: ParseIssue[] = [];
  parseDelimited(text, { onRow: (fields, line) => result.push([line, fields]), onIssue: (issue) => issues.push(issue), ...(delimiter ? { delimiter } : {}) });
  return { rows: result, issues };
}

describe('sniffDelimiter', () => {
  it('picks the delimiter the header uses most, ignoring those inside quotes', () => {
    expect(sniffDelimiter('store;metric;date\n1,2,3,4,5')).toBe(';');
    expect(sniffDelimiter('store\tmetric\tdate')).toBe('\t');
    expect(sniffDelimiter('"a;b;c;d",x,y\n')).toBe(',');
    expect(sniffDelimiter('single')).toBe(',');
  });
});

describe('parseDelimited', () => {
  it('delivers the header first and numbers rows by the line they start on', () => {
    expect(rows('a,b\n1,2\n3,4\n').rows).toEqual([[1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']]]);
  });

  it('handles CRLF, a missing final line break and blank lines (which are not rows)', () => {
    expect(rows('a,b\r\n\r\n1,2\r\n3,4').rows).toEqual([[1, ['a', 'b']], [3, ['1', '2']], [4, ['3', '4']]]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, and counts lines after them', () => {
    const text = 'name,note\n"Store ""A"", Inc.","line one\r\nline two"\nB,"x"\n';
    expect(rows(text).rows).toEqual([[1, ['name', 'note']], [2, ['Store "A", Inc.', 'line one\r\nline two']], [4, ['B', 'x']]]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(rows('a,b,c\n,"",\n').rows[1]).toEqual([2, ['', '', '']]);
  });

  it('keeps a quote inside an unquoted field as text, as Excel does', () => {
    expect(rows('size,x\n5" screen,1\n').rows[1]).toEqual([2, ['5" screen', '1']]);
  });

  it('splits by semicolon or tab when told or sniffed', () => {
    expect(rows('a;b\n1,5;2\n').rows[1]).toEqual([2, ['1,5', '2']]);
    expect(rows('a,b\n1\t2\n', '\t').rows[1]).toEqual([2, ['1', '2']]);
  });

  it('reports a quote that never closes, at the line it opened on', () => {
    const { rows: parsed, issues } = rows('a,b\n1,"open\n2,3\n');
    expect(parsed[1]).toEqual([2, ['1', 'open\n2,3\n']]);
    expect(issues).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('cuts rows without quotes exactly as split would, whatever their field counts, around quoted rows', () => {
    const lines = ['a,b,c', 'no delimiter here', ',,', 'x,', ',y', '"q,1",2', 'last,row,with,more,fields', 'single'];
    const { rows: parsed } = rows(lines.join('\r\n'));
    expect(parsed.map(([, fields]) => fields)).toEqual([...lines.slice(0, 5).map((l) => l.split(',')), ['q,1', '2'], lines[6]!.split(','), ['single']]);
  });

  it('delivers every row and cell of a million-row file', () => {
    const lines = ['store,metric,date,value,numerator,denominator'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`store-${i % 60},amazon.odr_mfn,2026-10-${String((i % 28) + 1).padStart(2, '0')},0.00${i % 97},${i % 13},${1000 + (i % 977)}`);
    const text = lines.join('\r\n');
    let count = 0;
    let cells = 0;
    // Speed is measured by `npm run bench`; this checks a million rows come out whole.
    parseDelimited(text, { onRow: (fields) => { count++; cells += fields.length; } });
    expect([count, cells]).toEqual([1_000_001, 6_000_006]);
  });
});
