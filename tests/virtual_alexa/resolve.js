// Resolves many utterances at once with Bespoken's virtual-alexa matcher (virtual-core), without a
// skill: for each utterance, every sample utterance that matches, best first, with the slots and the
// entity resolution virtual-alexa would put in the request.
//
//   node resolve.js ITEMS_JSON        ITEMS_JSON: [{"model": "path/to/en-US.json", "text": "..."}, ...]
//
// Prints [[{intent, sample, score, slots: {name: {value, status, id}}}, ...], ...] in input order.
// Built-in types (AMAZON.NUMBER, DURATION, DATE) are passed through as heard; virtual-alexa lets
// DURATION and DATE match any words, so the caller keeps the best candidate whose values parse.
"use strict";

const fs = require("fs");
const va = require("virtual-alexa");
const { SkillRequest } = require("virtual-alexa/lib/src/core/SkillRequest");

const MAX_CANDIDATES = 12;

function candidates(alexa, text) {
  const model = alexa.context().interactionModel();
  const found = [];
  for (const intent of model.intentSchema.intents()) {
    for (const sample of model.sampleUtterances.samplesForIntent(intent.name)) {
      const test = sample.matchesUtterance(text);
      if (test.matches()) found.push({ intent: intent.name, test, order: found.length });
    }
  }
  // virtual-core's own order: higher score (literal characters), then more typed slots, then first.
  found.sort((a, b) => b.test.score() - a.test.score() || b.test.scoreSlots() - a.test.scoreSlots() || a.order - b.order);
  return found.slice(0, MAX_CANDIDATES).map(({ intent, test }) => describe(alexa, intent, test));
}

function describe(alexa, intent, test) {
  const values = {};
  const phrase = test.samplePhrase;
  test.slotValues().forEach((value, index) => { values[phrase.slotName(index)] = String(value).trim(); });
  const request = new SkillRequest(alexa).intent(intent).slots(values).json();
  const slots = {};
  for (const [name, slot] of Object.entries(request.request.intent.slots || {})) {
    if (slot.value === undefined || slot.value === null) continue;
    const authority = slot.resolutions && slot.resolutions.resolutionsPerAuthority[0];
    slots[name] = {
      value: slot.value,
      status: authority ? authority.status.code : null,
      id: authority && authority.values && authority.values.length ? authority.values[0].value.id : null,
      name: authority && authority.values && authority.values.length ? authority.values[0].value.name : null,
    };
  }
  return { intent, sample: phrase.phrase || null, score: test.score(), slots };
}

function main() {
  const items = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const alexas = {};
  const results = items.map(({ model, text }) => {
    if (!alexas[model]) {
      alexas[model] = va.VirtualAlexa.Builder().interactionModelFile(model).skillURL("http://127.0.0.1:9/")
        .applicationID("amzn1.ask.skill.00000000-0000-4000-8000-0000000000va").create();
    }
    return candidates(alexas[model], text);
  });
  process.stdout.write(JSON.stringify(results));
}

try {
  main();
} catch (error) {
  process.stderr.write(`virtual-alexa resolve failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
}
