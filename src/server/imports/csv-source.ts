import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { mapHeader } from './import-columns.js';
import { fieldsOf, ImportFileError, type ImportSource, type SourceItem } from './import-source.js';

const CHUNK = 64 * 1024;

/**
 * The text of an uploaded CSV: UTF-8 (with or without BOM), or Windows-1252 as older
 * Excel versions save "CSV (Trennzeichen-getrennt)" — a byte sequence that is no valid
 * UTF-8 can only be the latter.
 */
export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** ';' (German Excel), ',' or a tab: whichever the header line holds most of outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, CHUNK)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** The header cells, for the check at upload. */
export function csvHeader(text: string): string[] {
  try {
    const [first] = parseSync(text.slice(0, CHUNK), {
      delimiter: detectDelimiter(text),
      to_line: 1,
      relax_quotes: true,
      relax_column_count: true,
    }) as string[][];
    return first ?? [];
  } catch (err) {
    throw new ImportFileError(`Die Kopfzeile ist nicht lesbar: ${(err as Error).message}`);
  }
}

function* chunks(text: string) {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}

/** Streams the rows of a CSV text; a row csv-parse cannot read becomes a problem of its line, an unclosed quote ends the file. */
export function csvSource(text: string): ImportSource {
  return {
    label: 'Zeile',
    async *items(): AsyncGenerator<SourceItem> {
      const unreadable: { code: string; message: string; lines: number }[] = [];
      const parser = Readable.from(chunks(text)).pipe(
        parse({
          delimiter: detectDelimiter(text),
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: true,
          skip_records_with_error: true,
          info: true,
          on_skip: (err) => {
            if (err) unreadable.push({ code: err.code, message: err.message, lines: Number(err.lines) });
          },
        }),
      );
      let header: ReturnType<typeof mapHeader> | null = null;
      let lastLine = 0;
      // a skipped record surfaces in line order among the records around it
      function* unreadableBefore(line: number): Generator<SourceItem> {
        while (unreadable.length && unreadable[0]!.lines < line) {
          const err = unreadable.shift()!;
          if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
            throw new ImportFileError(
              `Zeile ${lastLine + 1}: Ein Anführungszeichen wird geöffnet und bis zum Dateiende nicht geschlossen; ab hier ist die Datei nicht lesbar`,
            );
          }
          lastLine = err.lines;
          const what =
            err.code === 'CSV_INVALID_CLOSING_QUOTE' ? 'nach einem schließenden Anführungszeichen folgt weiterer Text' : err.message;
          yield { position: err.lines, problem: `Zeile nicht lesbar: ${what}` };
        }
      }
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        yield* unreadableBefore(info.lines);
        lastLine = info.lines;
        if (!header) {
          header = mapHeader(record, { promiseRequired: false });
          continue;
        }
        const item = fieldsOf(header, record, info.lines);
        if (item) yield item;
      }
      yield* unreadableBefore(Number.POSITIVE_INFINITY);
    },
  };
}
