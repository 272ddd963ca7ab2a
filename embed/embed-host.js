// For the page that holds citystat iframes (dist/cdn/embed.html): sets each
// frame's height to its chart's, from the frame's `citystat:height` messages.
// The same listener as the one line in docs/iframe.md, as a file for pages
// whose Content-Security-Policy forbids inline scripts.
addEventListener('message', (e) => {
  const d = e.data;
  if (!d || d.type !== 'citystat:height' || !(d.height > 0)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === e.source) frame.style.height = `${Math.ceil(d.height)}px`;
  }
});
