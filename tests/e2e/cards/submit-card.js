// Presses a button of an Adaptive Card the way Teams does, with Microsoft's renderer: the card is rendered in
// headless Chromium, its inputs hold the given entries, and the action is executed; the renderer validates the
// inputs and gathers them with the button's data, which is what a client submits.
// stdin: {"card": {...}, "entries": {"inputId": "value"}, "action": "Review", "png": path}
// stdout: the data the renderer submitted, or {"error": "..."} when it refused (a required input empty, say).
'use strict';
const fs = require('fs');
const chromium = require('../chromium');

function fill(element, entries) {
  if (Array.isArray(element)) return element.forEach(e => fill(e, entries));
  if (!element || typeof element !== 'object') return;
  if (typeof element.type === 'string' && element.type.startsWith('Input.') && element.id in entries) element.value = entries[element.id];
  for (const key of ['body', 'items', 'columns']) if (element[key]) fill(element[key], entries);
}

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  fill(input.card.body, input.entries);
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage({ viewport: { width: 480, height: 1200 } });
    await page.setContent('<html><body style="margin:0;background:#fff;font-family:sans-serif"><div id="host" style="width:460px;padding:10px"></div></body></html>');
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
    await page.addStyleTag({ path: require.resolve('adaptivecards/dist/adaptivecards.css') });
    const submitted = await page.evaluate(({ card, action }) => {
      const adaptive = new AdaptiveCards.AdaptiveCard();
      adaptive.parse(card);
      let data = null;
      adaptive.onExecuteAction = a => { data = a.data; };
      document.getElementById('host').appendChild(adaptive.render());
      const button = adaptive.getActionAt ? [...Array(adaptive.getActionCount()).keys()].map(i => adaptive.getActionAt(i)).find(a => a.title === action) : null;
      if (!button) return { error: 'no action titled ' + action };
      button.execute();
      return data ?? { error: 'the renderer did not submit (an input failed validation)' };
    }, { card: input.card, action: input.action });
    if (input.png) await (await page.$('#host')).screenshot({ path: input.png });
    process.stdout.write(JSON.stringify(submitted));
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
