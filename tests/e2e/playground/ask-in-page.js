// Asks the bot a question the way a delegate does in the Agents Playground: its own web page in headless Chromium,
// the personal chat opened, the question typed into the compose box and sent. Waits until the page shows the
// expected words in a message of the bot, then saves a screenshot of the conversation.
// stdin: {"url": playground page, "question": "...", "expect": ["words", ...], "png": path}
// stdout: {"message": the text of the bot's message that shows the first expected words}
'use strict';
const fs = require('fs');
const chromium = require('../chromium');

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(input.url);
    await page.locator('button', { hasText: 'Personal Chat' }).first().click();
    const compose = page.locator('[contenteditable="true"][role="textbox"]');
    await compose.click();
    await page.keyboard.type(input.question);
    await page.keyboard.press('Enter');
    const shown = page.getByText(input.expect[0]).last();
    await shown.waitFor({ timeout: 30000 });
    for (const words of input.expect.slice(1)) await page.getByText(words).last().waitFor({ timeout: 5000 });
    // The card the words are in: the nearest ancestor that also holds the last expected words.
    const message = await shown.evaluate((element, last) => {
      let at = element;
      while (at.parentElement && !at.innerText.includes(last)) at = at.parentElement;
      return at.innerText;
    }, input.expect[input.expect.length - 1]);
    await page.screenshot({ path: input.png });
    process.stdout.write(JSON.stringify({ message }));
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
