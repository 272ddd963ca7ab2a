// The HTML of the schema reference, one language at a time: a page per widget
// (fields, shared types, examples, embed snippet) and an index. Plain HTML, no
// JavaScript; every data or description string is escaped (esc/prose).
import { esc, fieldRows, prose } from './fields.mjs';
import { WORDS } from './words.mjs';

/** From docs/schemas/<lang>/ to the repository root (what `npm start` serves). */
const ROOT = '../../../';

/** A text from the translator as HTML; a fallback in another language says so with `lang`. */
function described({ text, lang }, inline = false) {
  let html = prose(text);
  if (inline) html = html.replace(/^<p>|<\/p>$/g, '');
  if (!lang || !html) return html;
  return inline ? `<span lang="${lang}">${html}</span>` : `<div lang="${lang}">${html}</div>`;
}

function page({ lang, title, body, file }) {
  const w = WORDS[lang];
  const other = lang === 'vi' ? 'en' : 'vi';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../schema.css">
<link rel="alternate" hreflang="${other}" href="../${other}/${file}">
</head>
<body>
<a class="skip" href="#main">${w.skip}</a>
<header class="top"><p><a href="index.html">${w.home}</a> · <a href="${ROOT}demo/">${w.demo}</a> · <a href="${ROOT}demo/builder.html">${w.builder}</a> · <a href="../${other}/${file}" hreflang="${other}" lang="${other}">${w.other}</a></p></header>
<main id="main">
${body}
</main>
<footer><p>${w.footer}</p></footer>
</body>
</html>
`;
}

const list = (items) => (items.length ? `<ul>${items.map((c) => `<li>${c}</li>`).join('')}</ul>` : '');

/** One widget's page: `widget` is its entry of src/widgets.json, `examples` its example documents. */
export function schemaPage({ widget, schema, examples, widgets, lang = 'en', t = (text) => ({ text }) }) {
  const w = WORDS[lang];
  const { name, tag } = widget;
  const { rows, types } = fieldRows(schema, w);
  const cell = (key, cls, html) => `<td class="${cls}" data-label="${esc(w.cols[key])}">${html}</td>`;
  const row = (r) => `<tr>
<th scope="row" class="path depth-${Math.min(r.depth, 4)}"><code>${esc(r.path)}</code></th>
${cell('type', 'type', r.type)}
${cell('required', 'req', r.required ? `<strong>${w.required}</strong>` : w.optional)}
${cell('description', 'desc', `${described(t(r.description))}${r.closed ? `<p class="muted">${w.closed}</p>` : ''}`)}
${r.constraints.length ? cell('constraints', 'cons', list(r.constraints)) : '<td class="cons empty"></td>'}
</tr>`;
  const typeRow = (ty) => `<tr id="type-${esc(ty.name)}">
<th scope="row" class="name"><code>${esc(ty.name)}</code></th>
${cell('is', 'type', ty.type)}
${cell('description', 'desc', described(t(ty.description)))}
${ty.constraints.length ? cell('constraints', 'cons', list(ty.constraints)) : '<td class="cons empty"></td>'}
</tr>`;
  const nav = widgets
    .map((x) =>
      x.name === name
        ? `<li><span aria-current="page">${esc(x.name)}</span></li>`
        : `<li><a href="${esc(x.name)}.html">${esc(x.name)}</a></li>`,
    )
    .join('');
  const exampleBlocks = examples
    .map(
      (e) => `<figure class="example">
<figcaption><a href="${ROOT}data-schemas/examples/${esc(e.file)}"><code>data-schemas/examples/${esc(e.file)}</code></a></figcaption>
<pre tabindex="0"><code>${esc(JSON.stringify(e.doc, null, 2))}</code></pre>
</figure>`,
    )
    .join('\n');
  const head = (cols) => `<thead><tr>${cols.map((c) => `<th scope="col">${w.cols[c]}</th>`).join('')}</tr></thead>`;
  const body = `<nav aria-label="${w.schemasNav}"><ul class="schemas">${nav}</ul></nav>
<h1>${w.heading(esc(tag))}</h1>
<p class="lead">JSON Schema <code>${esc(schema.title ?? name)}</code> (draft-07). ${described(t(schema.description), true)}</p>
<ul class="files">
<li>${w.schemaFile}: <a href="${ROOT}data-schemas/${esc(name)}.schema.json"><code>data-schemas/${esc(name)}.schema.json</code></a> (${w.packagePath}: <code>citystat/schemas/${esc(name)}.json</code>)</li>
<li>${w.validatorFile}: <a href="${ROOT}data-schemas/validators/${esc(name)}.js"><code>data-schemas/validators/${esc(name)}.js</code></a> (${w.validatorNote}; ${w.packagePath}: <code>citystat/validators/${esc(name)}.js</code>)</li>
</ul>
<h2 id="fields">${w.fields}</h2>
<p>${w.fieldsIntro}</p>
<table class="fields" aria-labelledby="fields">
${head(['field', 'type', 'required', 'description', 'constraints'])}
<tbody>
${rows.map(row).join('\n')}
</tbody>
</table>
${
  types.length
    ? `<h2 id="types">${w.types}</h2>
<table class="fields types" aria-labelledby="types">
${head(['type', 'is', 'description', 'constraints'])}
<tbody>
${types.map(typeRow).join('\n')}
</tbody>
</table>`
    : ''
}
<h2 id="example">${w.example(examples.length)}</h2>
${exampleBlocks || `<p>${w.noExample}</p>`}
<h2 id="embed">${w.embed}</h2>
<pre tabindex="0"><code>${esc(`<script type="module" src="…/citystat/dist/cdn/citystat.js"></script>
<${tag} src="figures.json"></${tag}>`)}</code></pre>
<p>${w.embedNote(`${ROOT}demo/builder.html`)}</p>`;
  return page({ lang, title: w.pageTitle(tag), body, file: `${name}.html` });
}

/** The first sentence of a description, without a leading "Data for `<tag>`:" (the list shows the tag). */
export function firstSentence(text = '') {
  const flat = text.replace(/\s*\n\s*/g, ' ').replace(/^(Data for|Dữ liệu cho) `<[a-z-]+>`:\s*/, '');
  const m = /^(.+?(?<!\be\.g|\bi\.e)\.)(\s|$)/.exec(flat);
  const sentence = m ? m[1] : flat;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** One language's index: every widget, with the first sentence of its schema's description. */
export function indexPage({ entries, lang = 'en', t = (text) => ({ text }) }) {
  const w = WORDS[lang];
  const items = entries
    .map(({ widget, schema }) => {
      const d = t(schema.description);
      return `<li><a href="${esc(widget.name)}.html"><code>&lt;${esc(widget.tag)}&gt;</code></a>
<span class="muted">${esc(schema.title ?? '')}</span>${described({ ...d, text: firstSentence(d.text) })}</li>`;
    })
    .join('\n');
  const body = `<h1>${w.home}</h1>
<p class="lead">${w.indexLead}</p>
<ul class="index">
${items}
</ul>`;
  return page({ lang, title: w.indexTitle, body, file: 'index.html' });
}

/** docs/schemas/index.html: the choice of language, each link in its own language. */
export function languagesPage() {
  const links = ['vi', 'en']
    .map((l) => `<li><a href="${l}/index.html" hreflang="${l}" lang="${l}">${WORDS[l].home} (${WORDS[l].name})</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${WORDS.vi.indexTitle} / ${WORDS.en.indexTitle}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="schema.css">
</head>
<body>
<main id="main">
<h1>citystat: <span lang="vi">lược đồ dữ liệu</span> / <span lang="en">data schemas</span></h1>
<ul class="index">
${links}
</ul>
</main>
</body>
</html>
`;
}
