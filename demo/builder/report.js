// Step 3: the check. The status line and the located problems, each with a
// button that selects its place in the figures box.
import { $, fill, state, t } from './state.js';
import { readText } from './fields.js';
import { lineOf, locateIssue } from './text.js';

export function renderStatus() {
  const status = $('status');
  const list = $('messages');
  const s = state.status;
  status.className = `status ${s}`;
  status.textContent =
    s === 'idle'
      ? t('statusEmptyInput')
      : s === 'checking'
        ? t('statusChecking')
        : s === 'ready'
          ? fill(t(state.marks === 1 ? 'statusReady1' : 'statusReady'), { count: state.marks })
          : s === 'empty'
            ? t('statusEmpty')
            : fill(t(state.messages.length === 1 ? 'statusError1' : 'statusError'), { count: state.messages.length });
  if (s === 'checking') return; // keep the previous messages until the new ones are known
  const text = state.text ?? '';
  const read = state.format === 'csv' && s === 'error' ? readText(text) : text;
  list.replaceChildren(
    ...(s === 'error' ? state.messages : []).map((message, i) => {
      const li = document.createElement('li');
      const span = document.createElement('span');
      span.textContent = message;
      li.append(span);
      const range = state.issues[i] ? locateIssue(state.issues[i], text, state.format, read) : undefined;
      if (range) {
        const line = lineOf(text, range[0]);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'go';
        button.textContent = fill(t('goTo'), { line });
        button.setAttribute('aria-label', fill(t('goToLabel'), { line, message }));
        button.addEventListener('click', () => select(range));
        li.append(' ', button);
      }
      return li;
    }),
  );
}

/** Selects a range of the data box and scrolls it into view. */
function select([start, end]) {
  const box = $('data');
  box.focus();
  box.setSelectionRange(start, end);
  // Scroll the selection's line to the middle of the box.
  const line = lineOf(box.value, start);
  const lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 20;
  box.scrollTop = Math.max(0, (line - 1) * lineHeight - box.clientHeight / 2);
}
