// The widget's data pipeline, run on a file: the same steps, in the same
// order, as CitystatElement's _fromCsv and _accept (src/base/chart-element.ts),
// from the same built modules, so the CLI reports what the widget would show.
import { parseCsv, csvIssues } from '../../dist/core/csv.js';
import { jsonIssue, schemaIssues } from '../../dist/core/messages.js';
import { schemaValidator } from '../../dist/core/schema.js';
import { kindOf } from '../../dist/core/validate.js';
import { nonFiniteNumbers } from '../../dist/base/chart-element.js';

/** CSV text → the widget's table reader → data, or located issues. */
export function readCsv(text, widget, lang) {
  const parsed = parseCsv(text);
  if (parsed.issues) return { issues: parsed.issues };
  const result = widget.fromTable(parsed.table, parsed.numberLang ?? lang);
  const issues = csvIssues(result.issues, parsed.lines);
  return issues.length ? { issues } : { raw: result.data };
}

/** JSON text → the parsed value, or the located syntax error. */
export function readJson(text) {
  try {
    return { raw: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    return { issues: [jsonIssue(text, err)] };
  }
}

/** A parsed document → the widget's issues: object, schema, finite numbers, the widget's own checks. */
export function checkDoc(raw, widget) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return [{ code: 'errNotObject', path: '', params: { got: kindOf(raw) } }];
  }
  const validator = schemaValidator(widget.schema);
  const valid = validator(raw);
  const issues = nonFiniteNumbers(raw);
  if (!valid) {
    const seen = new Set(issues.map((i) => i.path));
    return [...issues, ...schemaIssues(validator.errors ?? [], raw).filter((i) => !seen.has(i.path))];
  }
  // checkData reads nothing of the element: the data only.
  return issues.length ? issues : widget.element.prototype.checkData.call(undefined, raw);
}
