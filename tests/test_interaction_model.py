"""The interaction models and skill.json: generated from kb/, valid for Alexa, and consistent
with the skill's handlers (STYLE.md, "Interaction model checks")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kb import LOCALES
from skill.devtools import interaction_model_gen as gen
from skill.devtools.utterances import FALLBACK, UtteranceResolver, one_shot_candidates, parse_invocation

ROOT = Path(__file__).resolve().parent.parent
ANSWER_INTENTS = ("AnswerIntent", "DescribePainIntent")
CONVERSATION_INTENTS = (
    "AnswerIntent",
    "DescribePainIntent",
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "DontKnowIntent",
    "WhyIntent",
)
CONTRACT_INTENTS = {
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "DontKnowIntent",
    "WhyIntent",
    "AnswerIntent",
    "DescribePainIntent",
    "GoBackIntent",
    "AlreadySaidIntent",
    "SlowerIntent",
    "FasterIntent",
    "AMAZON.HelpIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.StartOverIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.NavigateHomeIntent",
    "AMAZON.FallbackIntent",
}
CONTRACT_SLOTS = {
    "onset": "ONSET_VALUE",
    "location": "LOCATION_VALUE",
    "mechanism": "MECHANISM_VALUE",
    "worse_with": "WORSE_WITH_VALUE",
    "worse_with_two": "WORSE_WITH_VALUE",
    "knee_mechanics": "KNEE_MECHANICS_VALUE",
    "symptom": "SYMPTOM",
    "symptom_two": "SYMPTOM",
    "duration": "AMAZON.DURATION",
    "since": "AMAZON.DATE",
    "age": "AMAZON.NUMBER",
    "age_decade": "AGE_DECADE",
    "answer_text": "FREE_ANSWER",
    "reply": "REPLY",
    "assent": "DETAIL",
    "denial": "DETAIL",
}
TEMPLATE_TYPES = {"AGE_DECADE", "REPLY", "DETAIL", "FREE_ANSWER"}  # written in model_templates.yaml, not kb


@pytest.fixture(scope="module")
def generated(generated_models):
    return generated_models


def language_model(model):
    return model["interactionModel"]["languageModel"]


def intents(model):
    return {i["name"]: i for i in language_model(model)["intents"]}


def types(model):
    return {t["name"]: t for t in language_model(model)["types"]}


# --- generated from kb/, models as generated ----------------------------------------------


def test_committed_models_are_the_generator_output(generated):
    for locale, model in generated.items():
        path = ROOT / "interaction_model" / f"{locale}.json"
        assert path.is_file(), f"{path} is missing: run python -m skill.devtools.interaction_model_gen"
        assert path.read_text(encoding="utf-8") == gen.model_text(model), (
            f"{path} differs from kb/ + skill/devtools/model_templates.yaml: "
            "run python -m skill.devtools.interaction_model_gen and commit"
        )


def test_models_exist_for_every_locale_and_nothing_else(generated):
    assert set(generated) == set(LOCALES)
    on_disk = {p.stem for p in (ROOT / "interaction_model").glob("*.json")}
    assert on_disk == set(LOCALES), f"unexpected model files: {on_disk ^ set(LOCALES)}"


def test_invocation_name_is_knee_pain_guide(models):
    for locale, model in models.items():
        assert language_model(model)["invocationName"] == "knee pain guide", locale


def test_every_slot_value_id_exists_in_kb(kb, models):
    symptom_ids = {q.id for q in kb.questions.values() if q.answer_type == "yes_no" and q.volunteer}
    for locale, model in models.items():
        for name, slot_type in types(model).items():
            ids = {v["id"] for v in slot_type["values"]}
            if name == "SYMPTOM":
                assert ids == symptom_ids, (
                    f"{locale} SYMPTOM ids differ from kb volunteer questions: {ids ^ symptom_ids}"
                )
                continue
            if name in TEMPLATE_TYPES:
                continue
            question_id = name[: -len("_VALUE")].lower()
            question = kb.questions.get(question_id)
            assert question is not None and question.answer_type == "choice", f"{locale} {name}: no kb choice question"
            assert ids == set(question.value_ids()), (
                f"{locale} {name}: ids differ from kb: {ids ^ set(question.value_ids())}"
            )


def test_every_kb_value_and_synonym_has_a_slot_value(kb, models):
    for locale, model in models.items():
        model_types = types(model)
        for question in kb.questions.values():
            if question.answer_type == "choice":
                values = {v["id"]: v for v in model_types[gen.slot_type_name(question.id)]["values"]}
                entries = [(v.id, v.synonyms) for v in question.values]
            elif question.answer_type == "yes_no" and question.volunteer:
                values = {v["id"]: v for v in model_types["SYMPTOM"]["values"]}
                entries = [(question.id, question.volunteer)]
            else:
                continue
            for value_id, synonyms in entries:
                assert value_id in values, f"{locale}: kb value {question.id}.{value_id} has no slot value"
                name = values[value_id]["name"]
                spoken = {gen.alexa_key(p) for p in [name["value"], *name["synonyms"]]}
                missing = {gen.alexa_key(s) for s in synonyms} - spoken
                assert not missing, f"{locale}: {question.id}.{value_id} synonyms missing from the model: {missing}"


def test_a_phrase_resolves_to_one_value_within_a_slot_type(models):
    for locale, model in models.items():
        for name, slot_type in types(model).items():
            seen: dict[str, str] = {}
            for value in slot_type["values"]:
                for phrase in [value["name"]["value"], *value["name"]["synonyms"]]:
                    key = gen.alexa_key(phrase)
                    assert seen.get(key, value["id"]) == value["id"], f"{locale} {name}: {phrase!r} is two values"
                    seen[key] = value["id"]


# --- the contract with the handlers ------------------------------------------------------------


def test_intents_are_the_contract(models):
    for locale, model in models.items():
        assert set(intents(model)) == CONTRACT_INTENTS, f"{locale}: {set(intents(model)) ^ CONTRACT_INTENTS}"


def test_answer_intents_declare_the_contract_slots(models):
    for locale, model in models.items():
        for name in ANSWER_INTENTS:
            slots = {s["name"]: s["type"] for s in intents(model)[name]["slots"]}
            assert slots == CONTRACT_SLOTS, f"{locale} {name} slots differ from the contract"


def test_other_intents_have_no_slots(models):
    for locale, model in models.items():
        for name, intent in intents(model).items():
            if name not in ANSWER_INTENTS:
                assert not intent.get("slots"), f"{locale} {name} should have no slots"


def test_all_locales_share_intent_and_slot_names(models):
    def shape(model):
        return {name: tuple(s["name"] for s in i.get("slots", [])) for name, i in intents(model).items()}

    reference = shape(models["en-US"])
    for locale, model in models.items():
        assert shape(model) == reference, f"{locale} intents or slots differ from en-US"


def test_skill_intent_names_module_matches_the_model(models):
    from skill import intents as intent_names

    assert set(intent_names.ALL) == set(intents(models["en-US"])), "skill/intents.py and the model disagree"


# --- samples Alexa will accept -----------------------------------------------------------------


def test_conversation_intents_have_at_least_15_samples(models):
    for locale, model in models.items():
        for name in CONVERSATION_INTENTS:
            count = len(intents(model)[name]["samples"])
            assert count >= 15, f"{locale} {name} has {count} samples, needs at least 15"


def test_every_answer_slot_has_several_carrier_phrases(models):
    samples = intents(models["en-US"])["AnswerIntent"]["samples"]
    assert "{answer_text}" in samples, "the catch-all is a bare sample: a sentence no other sample fits"
    for slot in CONTRACT_SLOTS:
        if slot == "answer_text":
            continue
        count = sum(f"{{{slot}}}" in s for s in samples)
        assert count >= (3 if slot.endswith("_two") else 6), f"AnswerIntent has only {count} samples with {{{slot}}}"


def test_no_sample_is_claimed_by_two_intents(models):
    for locale, model in models.items():
        owner: dict[str, str] = {}
        for name, intent in intents(model).items():
            for sample in intent["samples"]:
                key = gen.alexa_key(sample)
                assert key not in owner, f"{locale}: {sample!r} is a sample of {owner.get(key)} and {name}"
                owner[key] = name


def test_every_sample_is_valid_and_uses_only_declared_slots(models):
    for locale, model in models.items():
        for name, intent in intents(model).items():
            declared = [s["name"] for s in intent.get("slots", [])]
            for sample in intent["samples"]:
                problems = gen.check_sample(sample, declared)
                assert not problems, f"{locale} {name} {sample!r}: {problems}"


def test_every_declared_slot_is_used_and_every_slot_type_exists(models):
    for locale, model in models.items():
        defined = set(types(model))
        for name, intent in intents(model).items():
            used = {ref for s in intent["samples"] for ref in re.findall(r"\{(\w+)\}", s)}
            for slot in intent.get("slots", []):
                assert slot["name"] in used, f"{locale} {name}: slot {slot['name']} is in no sample"
                assert slot["type"].startswith("AMAZON.") or slot["type"] in defined, (
                    f"{locale} {name}: slot type {slot['type']} is not defined"
                )


def test_slot_values_use_only_characters_alexa_accepts(models):
    for name, slot_type in types(models["en-US"]).items():
        for value in slot_type["values"]:
            for phrase in [value["name"]["value"], *value["name"]["synonyms"]]:
                assert gen.check_sample(phrase, []) == [], f"{name} value {phrase!r}"


@pytest.mark.parametrize(
    "sample, problem",
    [
        ("I'm 42", "characters"),
        ("it's {location}!", "characters"),
        ("it's {place}", "does not declare"),
        ("{worse_with}{worse_with_two}", "no words between"),
        ("{location} and {location}", "same slot twice"),
        ("is it ok.", "period"),
        ("it is {location", "brace"),
    ],
)
def test_check_sample_rejects_what_alexa_rejects(sample, problem):
    problems = gen.check_sample(sample, ["location", "worse_with", "worse_with_two"])
    assert any(problem in p for p in problems), f"{sample!r} should be rejected for {problem}: {problems}"


def test_generator_refuses_a_sample_used_by_two_intents(kb):
    templates = gen.load_templates()
    templates["intents"]["WhyIntent"] = [*list(templates["intents"]["WhyIntent"]), "I don't know"]
    with pytest.raises(gen.ModelError, match="already a sample of DontKnowIntent"):
        gen.build_model(kb, "en-US", templates)


@pytest.mark.parametrize(
    ("carrier", "word"),
    [
        ("mostly in {location}", "mostly"),  # the preference that picks one of two places
        ("{symptom} I think", "think"),  # a doubt: only the reading may weigh it
        ("(kind of|maybe) {choice}", "unsure"),  # every_choice carriers too; "maybe" is a family word
        ("{onset} and now it {knee_mechanics}", "said_now"),  # "now" beside a sign said before
        ("(no|nah) well {denial}", "well"),  # after a no, "well" corrects it
    ],
)
def test_generator_refuses_a_carrier_holding_a_word_the_reading_needs(kb, carrier, word):
    """On a device only the slot's words reach the skill: a "mostly" or "I think" in the carrier
    around them is lost. Such answers must reach the skill whole, through the catch-all."""
    templates = gen.load_templates()
    if "{choice}" in carrier:
        templates["every_choice"]["AnswerIntent"] = [*templates["every_choice"]["AnswerIntent"], carrier]
    else:
        templates["intents"]["AnswerIntent"] = [*templates["intents"]["AnswerIntent"], carrier]
    with pytest.raises(gen.ModelError, match=rf"holds '{word}', a word the reading needs"):
        gen.build_model(kb, "en-US", templates, gen.CorpusPhrases())


@pytest.mark.parametrize(
    "carrier",
    [
        "{duration} or so I think",  # a number's meaning is its value: its hedges change nothing
        "I'm in my {age_decade} now",
        "{knee_mechanics} every now and then",  # how often, not time now
        "{symptom} as well",
    ],
)
def test_carriers_of_numbers_and_words_of_how_often_are_allowed(kb, carrier):
    templates = gen.load_templates()
    templates["intents"]["AnswerIntent"] = [*templates["intents"]["AnswerIntent"], carrier]
    samples = gen.locale_samples(templates, "en-US", gen.CorpusPhrases(), gen.answer_slots(kb))["AnswerIntent"]
    assert gen.carrier_problems(templates, samples, gen.answer_slots(kb)) == []


def test_carrier_words_name_families_of_the_word_data(kb):
    templates = gen.load_templates()
    templates["carrier_words"] = {**templates["carrier_words"], "refused_families": ["mostly", "no_such_family"]}
    with pytest.raises(gen.ModelError, match="no_such_family"):
        gen.build_model(kb, "en-US", templates, gen.CorpusPhrases())


def test_check_mode_fails_when_a_committed_file_differs(tmp_path, generated):
    for locale, model in generated.items():
        (tmp_path / f"{locale}.json").write_text(gen.model_text(model), encoding="utf-8")
    assert gen.stale_files(generated, tmp_path) == []
    (tmp_path / "en-GB.json").write_text("{}\n", encoding="utf-8")
    assert gen.stale_files(generated, tmp_path) == [tmp_path / "en-GB.json"]


# --- every intent has a handler -----------------------------------------------------------------


def _handler_for(skill, envelope):
    from ask_sdk_core.attributes_manager import AttributesManager
    from ask_sdk_core.handler_input import HandlerInput
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_model import RequestEnvelope

    request_envelope = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    handler_input = HandlerInput(
        request_envelope=request_envelope, attributes_manager=AttributesManager(request_envelope=request_envelope)
    )
    dispatcher = skill.request_dispatcher
    for interceptor in dispatcher.request_interceptors:
        interceptor.process(handler_input)
    for mapper in dispatcher.request_mappers:
        for chain in mapper.request_handler_chains:
            if chain.request_handler.can_handle(handler_input):
                return type(chain.request_handler).__name__
    return None


def test_every_intent_has_its_own_handler_mid_interview(models, skill):
    from skill.devtools.try_it import AlexaSession, in_process_transport
    from skill.devtools.utterances import Resolution

    generic = {"FallbackHandler", "UnhandledRequestHandler"}
    for locale in LOCALES:
        session = AlexaSession(locale=locale)
        session.absorb(in_process_transport(skill)(session.launch()))  # now a question is pending
        for name, intent in intents(models[locale]).items():
            declared = tuple((s["name"], s["type"]) for s in intent.get("slots", []))
            handler = _handler_for(skill, session.intent(Resolution(name, {}, declared)))
            assert handler is not None, f"{locale}: no handler can handle {name}"
            if name != FALLBACK:
                assert handler not in generic, f"{locale}: {name} reaches only the generic {handler}"


# --- skill.json --------------------------------------------------------------------------------


def test_manifest_shape(manifest):
    assert manifest["manifestVersion"] == "1.0"
    publishing = manifest["publishingInformation"]
    assert set(publishing["locales"]) == set(LOCALES)
    assert publishing["category"] == "HEALTH_AND_FITNESS"
    assert set(publishing["distributionCountries"]) == {"US", "GB", "CA", "AU", "IN"}
    endpoint = manifest["apis"]["custom"]["endpoint"]
    assert endpoint["uri"].startswith("https://"), "the web-service endpoint must be HTTPS"
    assert endpoint["sslCertificateType"] in ("Wildcard", "Trusted", "SelfSigned")


def test_manifest_privacy_answers_are_true_for_this_skill(manifest):
    privacy = manifest["privacyAndCompliance"]
    assert privacy["allowsPurchases"] is False
    assert privacy["usesPersonalInfo"] is False, "answers stay in the session; nothing personal is collected or kept"
    assert privacy["isChildDirected"] is False
    assert privacy["isExportCompliant"] is True
    assert privacy["containsAds"] is False
    for locale in LOCALES:
        urls = privacy["locales"][locale]
        assert urls["privacyPolicyUrl"].startswith("https://") and urls["termsOfUseUrl"].startswith("https://"), locale


def test_store_text_says_general_information_not_a_diagnosis_and_the_local_emergency_number(kb, manifest):
    for locale, info in manifest["publishingInformation"]["locales"].items():
        assert info["name"] == "Knee Pain Guide"
        assert len(info["name"]) <= 50 and len(info["summary"]) <= 160 and len(info["description"]) <= 4000, locale
        description = info["description"].lower()
        assert "general" in description and "information" in description, f"{locale}: say it is general information"
        assert "not a diagnosis" in description, f"{locale}: say it is not a diagnosis"
        assert "not a substitute for professional medical advice" in description, locale
        number = kb.locale(locale).emergency_number
        assert f"call {number}" in description and "emergency" in description, (
            f"{locale}: emergency advice with {number}"
        )
        assert "not stored" in description, f"{locale}: say answers are not stored"
        assert 1 <= len(info["keywords"]) <= 30, locale


def test_every_example_phrase_matches_a_sample_utterance(manifest):
    for locale, info in manifest["publishingInformation"]["locales"].items():
        phrases = info["examplePhrases"]
        assert 1 <= len(phrases) <= 3, f"{locale}: one to three example phrases"
        resolver = UtteranceResolver.for_locale(locale)
        assert phrases[0].startswith("Alexa, ") and "knee pain guide" in phrases[0]
        for phrase in phrases:
            invocation = parse_invocation(phrase, "knee pain guide")
            assert invocation is not None, f"{locale}: {phrase!r} does not invoke knee pain guide"
            if invocation.launch:
                continue
            resolutions = [resolver.resolve(c) for c in one_shot_candidates(invocation.request)]
            matched = [
                r
                for r in resolutions
                if r.sample is not None and all(s.status != "ER_SUCCESS_NO_MATCH" for s in r.slots.values())
            ]
            assert matched, f"{locale}: example phrase {phrase!r} matches no sample utterance exactly"


def test_patterns_expand_to_every_combination():
    assert gen.expand("(my|the) calf (is|) swollen") == [
        "my calf is swollen",
        "my calf swollen",
        "the calf is swollen",
        "the calf swollen",
    ]
    assert gen.expand("no choices here") == ["no choices here"]


def test_a_kb_synonym_that_is_a_held_out_answer_stops_generation(kb):
    heard = gen.CorpusPhrases(held_out=frozenset({gen.spoken_key("out of nowhere")}))
    with pytest.raises(gen.ModelError, match="held-out"):
        gen.build_model(kb, "en-US", heard=heard)


def test_template_phrases_that_are_held_out_answers_are_left_out(kb):
    heard = gen.CorpusPhrases(held_out=frozenset({gen.spoken_key("it just came on")}))
    model = gen.build_model(kb, "en-US", heard=heard)
    onset = next(t for t in language_model(model)["types"] if t["name"] == "ONSET_VALUE")
    phrases = {gen.spoken_key(p) for v in onset["values"] for p in [v["name"]["value"], *v["name"]["synonyms"]]}
    assert "it just came on" not in phrases and "it just came on suddenly" in phrases


def test_a_template_key_given_twice_stops_generation(tmp_path):
    """Two sections adding phrases for the same question would otherwise keep only the second."""
    path = tmp_path / "templates.yaml"
    path.write_text("phrases:\n  fever:\n    - a\n  lump:\n    - b\n  fever:\n    - c\n", encoding="utf-8")
    with pytest.raises(gen.ModelError, match="'fever' is given twice"):
        gen.load_templates(path)


def test_a_new_choice_question_gets_a_slot_and_carriers_from_data_alone(kb):
    """Coverage by data: a choice question added to kb/ needs no template edit to be understood."""
    import dataclasses

    from skill.devtools.utterances import UtteranceResolver

    onset = kb.questions["onset"]
    new = dataclasses.replace(
        onset,
        id="pain_kind",
        values=(
            dataclasses.replace(onset.values[0], id="aching", say={"en": "aching"}, synonyms=("a dull ache", "aching")),
            dataclasses.replace(onset.values[1], id="sharp", say={"en": "sharp"}, synonyms=("stabbing", "sharp")),
        ),
    )
    grown = dataclasses.replace(kb, questions={**kb.questions, new.id: new})
    model = gen.build_model(grown, "en-US", heard=gen.CorpusPhrases())
    resolver = UtteranceResolver(model, gen.load_templates()["builtin_phrases"])
    for said in ("stabbing", "kind of a dull ache", "it's sharp"):  # ("I think ...": the catch-all, read whole)
        resolution = resolver.resolve(said)
        assert resolution.slot_ids() == {"pain_kind": "sharp" if "a dull" not in said else "aching"}, said


# Amazon refuses an interaction model over 1.5 MB; the carriers and families grow it
# multiplicatively, so a generous margin is kept for other helpers' intents and future questions.
MAX_MODEL_BYTES = 1_000_000
MAX_SAMPLES_PER_INTENT = 2_000


def test_every_model_stays_well_under_amazons_size_limit(generated):
    for locale, model in generated.items():
        size = len(gen.model_text(model).encode("utf-8"))
        assert size <= MAX_MODEL_BYTES, f"{locale}: {size} bytes; trim carriers or families in model_templates.yaml"
        for intent in language_model(model)["intents"]:
            count = len(intent["samples"])
            assert count <= MAX_SAMPLES_PER_INTENT, f"{locale} {intent['name']}: {count} samples"
