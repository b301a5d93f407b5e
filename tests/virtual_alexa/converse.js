// Drives the skill by utterance with Bespoken's virtual-alexa, the way Alexa would: each typed
// utterance is matched against the interaction model's sample utterances and slot synonyms,
// turned into a request envelope and POSTed to the skill's web service; session attributes are
// carried from each response to the next request.
//
//   node converse.js MODEL_JSON SKILL_URL STEPS_JSON
//
// STEPS_JSON: [[step, ...], ...] (one list per conversation); a step is "launch" or an utterance.
// Prints one JSON document: for each conversation, for each step, the request the skill got
// (intent, resolved slot ids) and what it answered (speech, reprompt, end of session).
"use strict";

const fs = require("fs");
const va = require("virtual-alexa");

const NUMBERS = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, twenty: 20, thirty: 30,
};
const UNITS = { day: "D", days: "D", week: "W", weeks: "W", month: "M", months: "M", year: "Y", years: "Y" };

// virtual-alexa passes AMAZON.DURATION through as the words heard (and lets it match any words);
// Alexa sends ISO-8601, and only for words that are a duration. null: not a duration.
function durationToIso(text) {
  const words = String(text).toLowerCase().trim().split(/\s+/);
  const unit = UNITS[words[words.length - 1]];
  if (!unit || words.length > 2) return null;
  const amount = words.length === 1 ? 1 : (NUMBERS[words[0]] || parseInt(words[0], 10));
  return Number.isFinite(amount) ? `P${amount}${unit}` : null;
}

function slotTypes(model) {
  const types = {};
  for (const intent of model.interactionModel.languageModel.intents) {
    for (const slot of intent.slots || []) types[`${intent.name}.${slot.name}`] = slot.type;
  }
  return types;
}

function summarize(request) {
  const summary = { type: request.request.type };
  if (request.request.type === "IntentRequest") {
    const intent = request.request.intent;
    summary.intent = intent.name;
    summary.slots = {};
    for (const [name, slot] of Object.entries(intent.slots || {})) {
      if (slot.value === undefined || slot.value === null) continue;
      const authority = slot.resolutions && slot.resolutions.resolutionsPerAuthority[0];
      if (authority && authority.status.code === "ER_SUCCESS_MATCH") summary.slots[name] = authority.values[0].value.id;
      else if (authority) summary.slots[name] = { noMatch: slot.value };
      else summary.slots[name] = slot.value;
    }
  }
  return summary;
}

function text(speech) {
  if (!speech) return "";
  return String(speech.ssml || speech.text || "").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " ").trim();
}

async function main() {
  const [modelFile, url, stepsFile] = process.argv.slice(2);
  const model = JSON.parse(fs.readFileSync(modelFile, "utf8"));
  const types = slotTypes(model);
  const conversations = JSON.parse(fs.readFileSync(stepsFile, "utf8"));
  const results = [];
  for (const steps of conversations) {
    const alexa = va.VirtualAlexa.Builder().interactionModelFile(modelFile).skillURL(url)
      .applicationID("amzn1.ask.skill.00000000-0000-4000-8000-0000000000va").create();
    let sent = null;
    alexa.filter((request) => {
      if (request.request.type === "IntentRequest") {
        const intent = request.request.intent;
        for (const [name, slot] of Object.entries(intent.slots || {})) {
          if (types[`${intent.name}.${name}`] !== "AMAZON.DURATION" || !slot.value) continue;
          const iso = durationToIso(slot.value);
          if (iso) {
            slot.value = iso;
          } else {
            // Alexa would not have chosen this sample for words that are no duration.
            request.request.intent = { name: "AMAZON.FallbackIntent", confirmationStatus: "NONE", slots: {} };
            break;
          }
        }
      }
      sent = summarize(request);
    });
    const turns = [];
    for (const step of steps) {
      sent = null;
      const reply = step === "launch" ? await alexa.launch() : await alexa.utter(step);
      const response = (reply && reply.response) || {};
      turns.push({
        said: step,
        request: sent,
        speech: text(response.outputSpeech),
        reprompt: text(response.reprompt && response.reprompt.outputSpeech),
        shouldEndSession: response.shouldEndSession === undefined ? null : response.shouldEndSession,
      });
      if (response.shouldEndSession) break;
    }
    results.push(turns);
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(`virtual-alexa run failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
