// The JSON report, written piece by piece: one string for 200,000 exposures would need
// gigabytes (the string, and JSON.stringify's work on the whole object at once). The text is
// exactly what JSON.stringify(report, null, 2) would make.
import type { Report } from './report.js';

/** The report's JSON text in pieces, each at most one exposure (or one other top-level value) long. */
export function* reportJson(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (let j = 0; j < value.length; j++)
        yield `    ${indent(JSON.stringify(value[j], null, 2), '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

function indent(json: string, by: string): string {
  return json.includes('\n') ? json.split('\n').join(`\n${by}`) : json;
}
