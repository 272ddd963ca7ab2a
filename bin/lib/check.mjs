// The widget's data pipeline, run on a file: the widget's own pure steps
// (src/core/validate-document.ts, and for CSV the same reading as the
// element's), from the built modules, so the CLI reports what the widget would show.
import { parseCsv, csvIssues } from '../../dist/core/csv.js';
import * as messages from '../../dist/core/messages.js';
import { schemaValidator } from '../../dist/core/schema.js';
import { validateDocument } from '../../dist/core/validate-document.js';

/** CSV text → the widget's table reader → {raw} or {issues}. */
export function readCsv(text, widget, lang) {
  const parsed = parseCsv(text);
  if (parsed.issues) return { issues: parsed.issues };
  const result = widget.fromTable(parsed.table, parsed.numberLang ?? lang);
  const issues = csvIssues(result.issues, parsed.lines);
  return issues.length ? { issues } : { raw: result.data };
}

/**
 * A source (`{json}`, `{raw}` or `{issues}`) → {data} or {issues}, located.
 * Without a widget only what does not depend on one is checked (JSON syntax, an object).
 */
export function check(input, widget) {
  const validator = widget ? schemaValidator(widget.schema) : () => true;
  // checkData reads nothing of the element: the data only.
  const checkData = widget ? (data) => widget.element.prototype.checkData.call(undefined, data) : () => [];
  const result = validateDocument(input, validator, checkData);
  const issues = result.locate ? result.locate(messages) : result.issues;
  return issues.length ? { issues } : { data: result.data };
}
