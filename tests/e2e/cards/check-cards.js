// Checks card templates with Microsoft's own tools, for the .NET tests (tests/ConventionBot.Cards.Tests).
// stdin: {"schema": path, "artifacts": dir, "cards": [{"name", "template", "data", "ours"}]}
// stdout: {"<name>": {"official": <expanded card>, "schemaErrors": [...], "renderErrors": [...], "png": path}}
//  - official: the template expanded by adaptivecards-templating (the official engine);
//  - schemaErrors: ajv's errors for our expansion against the Adaptive Card 1.5 schema;
//  - renderErrors: parse and validation events of the official adaptivecards renderer in headless Chromium,
//    plus any page error; the rendered card is saved as a PNG.
'use strict';
const fs = require('fs');
const path = require('path');
const ACData = require('adaptivecards-templating');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const chromium = require('../chromium');

function schemaValidator(schemaPath) {
  // The published schema names itself with draft-06's "id"; ajv 8 wants "$id" (see shared/schemas/README.md).
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  return ajv.compile(schema);
}

async function render(browser, cards, artifacts) {
  const page = await browser.newPage({ viewport: { width: 480, height: 800 } });
  const pageErrors = [];
  page.on('pageerror', e => pageErrors.push(String(e)));
  await page.setContent('<html><body style="margin:0;background:#fff;font-family:sans-serif"><div id="host" style="width:460px;padding:10px"></div></body></html>');
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  await page.addStyleTag({ path: require.resolve('adaptivecards/dist/adaptivecards.css') });
  const results = {};
  for (const { name, ours } of cards) {
    const errors = await page.evaluate(json => {
      const host = document.getElementById('host');
      host.innerHTML = '';
      const card = new AdaptiveCards.AdaptiveCard();
      const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
      card.parse(json, context);
      const errors = [];
      for (let i = 0; i < context.eventCount; i++) errors.push('parse: ' + context.getEventAt(i).message);
      for (const e of card.validateProperties().validationEvents) errors.push('validate: ' + e.message);
      const element = card.render();
      if (!element) errors.push('render: the renderer produced nothing');
      else host.appendChild(element);
      return errors;
    }, ours);
    const png = path.join(artifacts, name + '.png');
    await (await page.$('#host')).screenshot({ path: png });
    results[name] = { renderErrors: errors.concat(pageErrors.splice(0)), png };
  }
  await page.close();
  return results;
}

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  fs.mkdirSync(input.artifacts, { recursive: true });
  const validate = schemaValidator(input.schema);
  const browser = await chromium.launch();
  try {
    const rendered = await render(browser, input.cards, input.artifacts);
    const output = {};
    for (const { name, template, data, ours } of input.cards) {
      const official = new ACData.Template(template).expand({ $root: data });
      const valid = validate(ours);
      output[name] = {
        official,
        schemaErrors: valid ? [] : validate.errors.map(e => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`),
        ...rendered[name],
      };
    }
    process.stdout.write(JSON.stringify(output));
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e); process.exit(1); });
