#!/usr/bin/env node
// The citystat command line: `citystat check <file>` reports what the widget
// would say about a data file (exit 1 on bad data); `citystat snippet <file>`
// prints its table-first embed HTML. Runs the package's built dist/ code.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { issueMessage, errorFrame } from '../dist/core/messages.js';
import { check, readCsv } from './lib/check.mjs';
import { guessWidget, loadWidget, widgetList } from './lib/widgets.mjs';
import { HELP, WORDS, fill } from './lib/words.mjs';

/** `citystat <command> <file> [--widget NAME] [--lang TAG]` → {command, file, widget, lang} or {error}. */
export function parseArgs(argv) {
  const out = { positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--widget' || flag === '--lang') {
      const value = inline ?? argv[++i];
      if (!value || value.startsWith('--')) return { error: 'badOption', option: flag };
      out[flag.slice(2)] = value;
    } else if (arg.startsWith('--')) return { error: 'badOption', option: arg };
    else out.positional.push(arg);
  }
  if (out.lang && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(out.lang)) return { error: 'badOption', option: `--lang ${out.lang}` };
  [out.command, out.file] = out.positional;
  return out;
}

const words = (lang) => WORDS[String(lang).slice(0, 2).toLowerCase()] ?? WORDS.en;

/** Reads, parses and checks a data file: {widget, data, lang} or {issues, lang} or {problem}. */
async function examine(args, widgets) {
  let text;
  try {
    text = args.file === '-' ? readFileSync(0, 'utf8') : readFileSync(args.file, 'utf8');
  } catch (err) {
    return { problem: fill(words(args.lang ?? 'vi').noFile, { file: args.file, reason: err.code ?? err.message }) };
  }
  const names = widgets.map((w) => w.name).join(', ');
  const named = args.widget && widgets.find((w) => w.name === args.widget || w.tag === args.widget);
  if (args.widget && !named) return { problem: fill(words(args.lang ?? 'vi').unknownWidget, { name: args.widget, names }) };
  const csv = extname(args.file).toLowerCase() === '.csv' || !/^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  // JSON syntax, and an object: the same for every widget, and what the guess reads.
  const read = csv ? undefined : check({ json: text });
  // The widget's language: --lang, else the data's locale, else vi (as the element decides).
  const lang = args.lang ?? (typeof read?.data?.locale === 'string' ? read.data.locale : 'vi');
  if (read?.issues) return { issues: read.issues, lang };
  const chosen = named ?? (read ? await guessWidget(read.data, widgets) : undefined);
  if (!chosen) return { problem: fill(words(lang).cannotGuess, { file: args.file, names }) };
  const widget = await loadWidget(chosen);
  const result = check(csv ? readCsv(text, widget, lang) : { raw: read.data }, widget);
  return result.issues ? { issues: result.issues, lang, widget } : { widget, data: result.data, lang };
}

/** The widget's error box as lines of text: its heading, then every located problem. */
function issueLines(file, issues, lang) {
  return [`${file}: ${errorFrame(lang, 0).title}`, ...issues.map((issue) => `  - ${issueMessage(issue, lang)}`)].join('\n');
}

/** Writes a line to a stream and gives back the exit status. */
function say(stream, text, status) {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
  return status;
}

/** Runs one command line; resolves to the exit status (0 good data or help, 1 bad data or a usage error). */
export async function main(argv, { out = process.stdout, err = process.stderr } = {}) {
  const widgets = widgetList();
  const args = parseArgs(argv);
  const usage = words(args.lang ?? 'vi');
  if (args.error) return say(err, fill(usage.badOption, args), 1);
  if (args.help || !args.command) return say(out, fill(HELP, { names: widgets.map((w) => w.name).join(', ') }), args.help ? 0 : 1);
  if (args.command !== 'check' && args.command !== 'snippet') return say(err, fill(usage.unknownCommand, { name: args.command }), 1);
  if (!args.file) return say(err, usage.missingFile, 1);
  const result = await examine(args, widgets);
  if (result.problem) return say(err, result.problem, 1);
  // check reports on stdout; snippet keeps stdout for HTML only.
  if (result.issues) return say(args.command === 'check' ? out : err, issueLines(args.file, result.issues, result.lang), 1);
  if (args.command === 'check') return say(out, fill(words(result.lang).valid, { file: args.file, widget: result.widget.name }), 0);
  const { tableFirstSnippet } = await import('../dist/embed/snippet.js');
  return say(out, tableFirstSnippet(result.widget.name, result.data, result.lang), 0);
}

process.exitCode = await main(process.argv.slice(2));
