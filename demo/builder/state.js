// The builder page's shared state and its small DOM helpers.
import { STRINGS } from './strings.js';

export const $ = (id) => document.getElementById(id);
export const fill = (text, params) => text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));

export const state = {
  ui: 'vi',
  widget: undefined,
  generation: 0,
  issues: [],
  messages: [],
  status: 'idle',
  marks: 0,
  /** The checked text, its format, and its document when it is valid (for the table-first snippet). */
  text: undefined,
  format: undefined,
  doc: undefined,
  /** For valid CSV: the CSV with the editor's texts as its header block, and those texts. */
  csv: undefined,
  fields: undefined,
};

/** A word of the page in its language. */
export const t = (key) => STRINGS[state.ui][key];

/** The pasted figures. */
export const currentText = () => $('data').value;
