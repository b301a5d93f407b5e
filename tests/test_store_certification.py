"""The certification rules a machine can check (skill/devtools/certification.py), on the committed
skill.json and interaction models; each check is shown to catch the mistake it exists for."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from skill.devtools import certification as cert

ROOT = Path(__file__).resolve().parent.parent


def test_the_committed_skill_passes_every_check(manifest, models, kb):
    assert cert.problems(manifest, models, kb) == []


def _language_model(models, locale="en-GB"):
    return models[locale]["interactionModel"]["languageModel"]


def _intent(models, name, locale="en-GB"):
    return next(i for i in _language_model(models, locale)["intents"] if i["name"] == name)


def _drop_disclaimer(m, _models):
    info = m["publishingInformation"]["locales"]["en-GB"]
    info["description"] = info["description"].replace("not a substitute for professional medical advice", "helpful")


def _wrong_emergency_number(m, _models):
    info = m["publishingInformation"]["locales"]["en-AU"]
    info["description"] = info["description"].replace("call 000", "call 911")


def _no_keywords(m, _models):
    m["publishingInformation"]["locales"]["en-IN"]["keywords"] = []


def _long_summary(m, _models):
    m["publishingInformation"]["locales"]["en-US"]["summary"] = "knee " * 40


def _no_icon(m, _models):
    del m["publishingInformation"]["locales"]["en-CA"]["largeIconUri"]


def _no_category(m, _models):
    del m["publishingInformation"]["category"]


def _no_terms(m, _models):
    del m["privacyAndCompliance"]["locales"]["en-GB"]["termsOfUseUrl"]


def _unanswered_privacy_question(m, _models):
    del m["privacyAndCompliance"]["containsAds"]


def _no_reminders_permission(m, _models):
    m["permissions"] = []


def _brand_invocation(_m, models):
    _language_model(models)["invocationName"] = "alexa knee guide"


def _sample_less_intent(_m, models):
    _intent(models, "WhyIntent")["samples"] = []


def _shared_sample(_m, models):
    _intent(models, "WhyIntent")["samples"].append(_intent(models, "DontKnowIntent")["samples"][0].upper())


def _value_without_id(_m, models):
    del _language_model(models)["types"][0]["values"][0]["id"]


def _oversized_model(_m, models):
    _language_model(models)["types"][0]["values"][0]["name"]["synonyms"] += [f"synonym {i}" for i in range(60_000)]


@pytest.mark.parametrize(
    "break_it, problem",
    [
        (_drop_disclaimer, "en-GB: the description must say it is not a substitute"),
        (_wrong_emergency_number, "en-AU: the description must say what to do in an emergency (call 000)"),
        (_no_keywords, "en-IN: 1 to 30 non-empty keywords"),
        (_long_summary, "en-US: summary must be 1 to 160 characters"),
        (_no_icon, "en-CA: largeIconUri is missing"),
        (_no_category, "category must be HEALTH_AND_FITNESS"),
        (_no_terms, "en-GB: privacyAndCompliance termsOfUseUrl must be an https:// URL"),
        (_unanswered_privacy_question, "privacyAndCompliance.containsAds must be true or false"),
        (_no_reminders_permission, "permissions must be exactly"),
        (_brand_invocation, "en-GB: invocation name 'alexa knee guide' may not contain ['alexa']"),
        (_sample_less_intent, "en-GB: intent WhyIntent has no sample utterances"),
        (_shared_sample, "belongs to both DontKnowIntent and WhyIntent"),
        (_value_without_id, "has no id"),
        (_oversized_model, "values and synonyms (limit 50000)"),
    ],
)
def test_each_check_catches_its_mistake(manifest, models, kb, break_it, problem):
    broken_manifest, broken_models = copy.deepcopy(manifest), copy.deepcopy(models)
    break_it(broken_manifest, broken_models)
    found = cert.problems(broken_manifest, broken_models, kb)
    assert any(problem in p for p in found), found


@pytest.mark.parametrize(
    "name, problem",
    [
        ("knee pain guide", None),
        ("knee", "needs two or more words"),
        ("Knee Pain Guide", "must be lower case"),
        ("knee pain skill", "may not contain"),
        ("amazon knee", "may not contain"),
        ("open knee guide", "launch phrase"),
        ("guide to knees", None),
        ("knee guide for", "connecting word"),
        ("knee guide 2", "only letters"),
    ],
)
def test_invocation_name_rules(name, problem):
    found = cert.invocation_name_problems(name)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found


def test_oversized_model_file_is_refused(models, kb):
    big = copy.deepcopy(models)
    _language_model(big)["intents"][0]["samples"] += ["x" * 150] * 12_000
    assert any("the interaction model is" in p for p in cert.model_size({}, big, kb))
