type Column = { header: string; max: number };

/** Each column as wide as its widest cell or header, at most `max`; pass them to several tables to align them. */
export function columnWidths(columns: Column[], rows: string[][]): number[] {
  return columns.map((c, i) => {
    const longest = Math.max(c.header.length, ...rows.flatMap((r) => (r[i] ?? '').split('\n').map((line) => line.length)));
    return Math.max(1, Math.min(c.max, longest));
  });
}

/**
 * A plain-text table for mails: columns padded to their widest cell (at most `max` characters),
 * longer text wrapped at word boundaries (a word longer than the column is cut into pieces),
 * cells separated by " | ", the header underlined.
 */
export function textTable(columns: Column[], rows: string[][], widths = columnWidths(columns, rows)): string {
  const render = (cells: string[]) => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i]!));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((w, i) => (w[line] ?? '').padEnd(widths[i]!))
        .join(' | ')
        .trimEnd(),
    );
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [...render(columns.map((c) => c.header)), rule, ...rows.flatMap(render)].join('\n');
}

/** The lines of `text` no wider than `width`; explicit line breaks are kept. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const pieces = word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [word]) : [word];
      for (const piece of pieces) {
        if (line && line.length + 1 + piece.length <= width) line += ` ${piece}`;
        else {
          if (line) out.push(line);
          line = piece;
        }
      }
    }
    out.push(line);
  }
  return out;
}
