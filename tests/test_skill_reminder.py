"""The follow-up reminder end to end: the real skill (ask-sdk dispatch, the real kb and phrases) with
each request's apiEndpoint pointing at a local fake of the Alexa APIs (tests/fake_reminders_api.py).

What a person hears at each step (the offer, yes, no, help), what Alexa is sent (the exact reminder
in every locale, the voice permission request), Alexa's answer to that request (granted, denied,
not answered, no voice consent on the device), and every API error the person can meet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from alexa_signing import OUR_SKILL_ID, body_of, speech_of
from ask_sdk_core.skill import CustomSkill
from fake_reminders_api import FakeAlexaApi
from serving_fixtures import *  # noqa: F403  (pki, cert_host, serve)

from kb import KnowledgeBase, assess, evaluate
from skill import machine, reminders
from skill.context import Context
from skill.devtools import envelopes
from skill.intents import Kind
from skill.phrases import Phrases, load_phrases
from skill.serving.legal_pages import legal_page
from skill.session import Mode, State
from tests.alexa_requests import Conversation, Said
from tests.kb_helpers import answer_from, golden_cases, interview

CASES = {case["id"]: case for case in golden_cases()}
HOME_CARE = CASES["gradual_pain_on_stairs_and_squats_sounds_like_tendinitis"]["facts"]  # self-care, 7 days
SEE_DOCTOR = CASES["twist_with_catching_sounds_like_meniscus_tear"]["facts"]  # a doctor in a few days: 3
SAME_DAY = CASES["sudden_pain_behind_knee_after_long_flight_is_seen_same_day"]["facts"]
EMERGENCY = CASES["calf_swollen_after_flight_is_emergency"]["facts"]
REQUEST_TIME = "2026-11-22T10:00:00"  # every test envelope's timestamp (tests/alexa_requests.py)
SCOPE = "alexa::alerts:reminders:skill:readwrite"
NO_PERMISSION = (401, {"code": "UNAUTHORIZED", "message": "no permission"})


@pytest.fixture
def api(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAlexaApi]:
    fake = FakeAlexaApi(tmp_path)
    fake.trust(monkeypatch)
    yield fake
    fake.close()


def words(kb: KnowledgeBase, key: str, locale: str = "en-US", **values: Any) -> str:
    name = key if key == "reminder_text" else f"reminder_{key}"
    return load_phrases(kb).phrase(name, locale, **values)


def offered(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, facts: Any, locale: str = "en-US"
) -> Conversation:
    """A conversation through the advice, "no" to the tips: the reminder offer is pending."""
    convo = Conversation(skill, kb, locale, api_endpoint=api.endpoint)
    convo.launch()
    convo.play(facts)
    said = convo.no()
    days = reminders.offer_days(assess(kb, facts))
    assert said.speech == words(kb, "offer", locale, days=days) and not said.ended, said.speech
    assert said.reprompt == words(kb, "offer_reprompt", locale, days=days)
    assert said.attributes["knee"]["mode"] == Mode.OFFERING_REMINDER.value
    return convo


def ends_with_the_safety_net(convo: Conversation, said: Said, facts: Any, phrase: Callable[..., str]) -> None:
    net = assess(convo.kb, facts).disposition.safety_net
    assert said.speech.endswith(f"{convo.say(net)} {phrase('goodbye', convo.locale)}"), said.speech
    assert said.ended and said.attributes == {}, "nothing is kept after the goodbye"


def directives(said: Said) -> list[dict[str, Any]]:
    return list(said.raw["response"].get("directives") or [])


# --- the offer ------------------------------------------------------------------------------


def test_the_offer_comes_once_after_the_tips(skill: CustomSkill, kb: KnowledgeBase, phrase: Callable[..., str]) -> None:
    convo = Conversation(skill, kb)
    convo.launch()
    convo.play(HOME_CARE)
    said = convo.yes()
    while said.speech.endswith(phrase("more_tips")):
        assert words(kb, "offer", days=7) not in said.speech, "one question a turn: tips first"
        said = convo.yes()
    assert said.speech.endswith(f"{phrase('tips_done')} {words(kb, 'offer', days=7)}"), said.speech
    assert not said.ended
    said = convo.no()
    assert said.speech.startswith(words(kb, "declined")) and words(kb, "offer", days=7) not in said.speech
    assert said.ended, "offered once: no answers it and ends"


@pytest.mark.parametrize("facts", [SAME_DAY, EMERGENCY], ids=["same-day", "emergency"])
def test_no_reminder_is_offered_after_urgent_advice(
    skill: CustomSkill, kb: KnowledgeBase, phrase: Callable[..., str], facts: Any
) -> None:
    convo = Conversation(skill, kb)
    convo.launch()
    said = convo.play(facts)
    if not said.ended:  # tips on offer: no ends it
        said = convo.no()
    assert said.ended and "remind" not in said.speech.lower(), said.speech


def test_the_offer_follows_the_advice_when_there_are_no_tips(kb: KnowledgeBase, phrases: Phrases) -> None:
    causes = {cause_id: replace(cause, tips=()) for cause_id, cause in kb.causes.items()}
    no_tips = replace(kb, causes=causes, policy=replace(kb.policy, general_tips=()))
    facts, _ = interview(kb, answer_from(SEE_DOCTOR))
    assert not evaluate(no_tips, facts).assessment.tips
    ctx = Context(kb=no_tips, phrases=phrases, locale="en-GB")
    step = machine.advance(ctx, State(facts=facts), [])
    assert step.state.mode == Mode.OFFERING_REMINDER
    net = ctx.text(kb.dispositions["see_doctor"].safety_net)
    assert step.reply.speech[-2:] == [net, words(kb, "offer", "en-GB", days=3)], "after the whole advice"
    assert step.reply.card is not None and not step.reply.end


def test_help_repeat_and_unclear_answers_keep_the_offer_open(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str]
) -> None:
    convo = offered(skill, kb, api, SEE_DOCTOR)
    said = convo.intent("AMAZON.HelpIntent")
    assert words(kb, "offer_help", days=3) in said.speech and said.speech.endswith(words(kb, "offer", days=3))
    assert convo.intent("AMAZON.RepeatIntent").speech == words(kb, "offer", days=3)
    said = convo.dont_know()
    assert said.speech == f"{phrase('tips_answer')} {words(kb, 'offer', days=3)}" and not said.ended
    assert api.requests == [], "nothing is sent to Alexa before a yes"
    said = convo.intent("AMAZON.StopIntent")
    ends_with_the_safety_net(convo, said, SEE_DOCTOR, phrase)


def test_no_thanks_says_goodbye_with_the_safety_net_and_sends_nothing(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str]
) -> None:
    convo = offered(skill, kb, api, HOME_CARE)
    said = convo.no()
    assert said.speech.startswith(words(kb, "declined"))
    ends_with_the_safety_net(convo, said, HOME_CARE, phrase)
    assert said.card_title == convo.say(kb.dispositions["self_care"].title), "the advice card"
    assert api.requests == []


# --- yes: the exact reminder ----------------------------------------------------------------


@pytest.mark.parametrize(
    "locale, zone, day, doctor",
    [
        ("en-US", "Pacific/Pago_Pago", "2026-11-28", "doctor"),  # still the 21st there: 23:00
        ("en-CA", "America/Toronto", "2026-11-29", "doctor"),
        ("en-GB", "Europe/London", "2026-11-29", "GP"),
        ("en-AU", "Australia/Sydney", "2026-11-29", "GP"),
        ("en-IN", "Asia/Kolkata", "2026-11-29", "doctor"),
    ],
)
def test_yes_sets_the_exact_reminder_in_every_locale(
    skill: CustomSkill,
    kb: KnowledgeBase,
    api: FakeAlexaApi,
    phrase: Callable[..., str],
    locale: str,
    zone: str,
    day: str,
    doctor: str,
) -> None:
    api.time_zone_reply = (200, zone)
    convo = offered(skill, kb, api, HOME_CARE, locale)
    said = convo.yes()
    assert said.speech.startswith(words(kb, "created", locale, days=7)), said.speech
    ends_with_the_safety_net(convo, said, HOME_CARE, phrase)
    zone_call, (sent,) = api.requests[0], api.reminder_requests()
    assert zone_call.path == f"/v2/devices/{envelopes.DEVICE_ID}/settings/System.timeZone"
    assert sent.headers["Authorization"] == "Bearer local-token", "the request's own apiAccessToken"
    assert sent.body == {
        "requestTime": REQUEST_TIME,
        "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": f"{day}T10:00:00", "timeZoneId": zone},
        "alertInfo": {
            "spokenInfo": {
                "content": [{"locale": locale, "text": f"Check on your knee. If it isn't better, see a {doctor}."}]
            }
        },
        "pushNotification": {"status": "ENABLED"},
    }


def test_a_visit_in_the_next_few_days_is_reminded_after_three_days(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi
) -> None:
    api.time_zone_reply = (404, {"code": "NOT_FOUND", "message": "no zone"})
    convo = offered(skill, kb, api, SEE_DOCTOR)
    assert convo.yes().speech.startswith(words(kb, "created", days=3))
    trigger = api.reminder_requests()[0].body["trigger"]
    assert trigger == {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-25T10:00:00"}, "no zone: the device's"


@pytest.mark.parametrize(
    "reply, outcome",
    [
        ((403, {"code": "MAX_REMINDERS_EXCEEDED", "message": "too many"}), "too_many"),
        ((403, {"code": "DEVICE_NOT_SUPPORTED", "message": "no reminders here"}), "device_not_supported"),
        ((500, {"code": "INTERNAL_ERROR", "message": "oops"}), "failed"),
        ((429, {"code": "RATE_EXCEEDED", "message": "slow down"}), "failed"),
        ((400, {"code": "INVALID_ALERT_INFO", "message": "bad"}), "failed"),
    ],
)
def test_each_api_error_is_said_plainly_before_the_safety_net(
    skill: CustomSkill,
    kb: KnowledgeBase,
    api: FakeAlexaApi,
    phrase: Callable[..., str],
    reply: tuple[int, Any],
    outcome: str,
) -> None:
    api.reminder_reply = reply
    convo = offered(skill, kb, api, SEE_DOCTOR, "en-GB")
    said = convo.yes()
    assert said.speech.startswith(words(kb, outcome, "en-GB", days=3)), said.speech
    ends_with_the_safety_net(convo, said, SEE_DOCTOR, phrase)
    assert directives(said) == [], "only a missing permission is asked for"


def test_an_unreachable_api_is_said_plainly(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str]
) -> None:
    convo = offered(skill, kb, api, HOME_CARE)
    api.close()
    said = convo.yes()
    assert said.speech.startswith(words(kb, "failed", days=7))
    ends_with_the_safety_net(convo, said, HOME_CARE, phrase)


# --- the permission -------------------------------------------------------------------------


def asks_permission(convo: Conversation, kb: KnowledgeBase, token: str) -> None:
    """Yes without the permission: one sentence, then Alexa's own permission question."""
    said = convo.yes()
    assert said.speech == words(kb, "permission_ask", convo.locale) and not said.reprompt
    assert "shouldEndSession" not in said.raw["response"], "Alexa's dialog takes the turn, as in Amazon's examples"
    assert directives(said) == [
        {
            "type": "Connections.SendRequest",
            "name": "AskFor",
            "payload": {
                "@type": "AskForPermissionsConsentRequest",
                "@version": "2",
                "permissionScopes": [{"permissionScope": SCOPE, "consentLevel": "ACCOUNT"}],
            },
            "token": token,
        }
    ]


def test_permission_granted_by_voice_sets_the_reminder(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str]
) -> None:
    api.reminder_reply = NO_PERMISSION
    convo = offered(skill, kb, api, HOME_CARE, "en-AU")
    asks_permission(convo, kb, "knee-reminder/self_care/7")
    api.reminder_reply = (201, None)
    convo.attributes = None  # the answer needs no session record: it may not survive Alexa's dialog
    said = convo.send(envelopes.permission_response("ACCEPTED", "knee-reminder/self_care/7"))
    assert said.speech.startswith(words(kb, "created", "en-AU", days=7)), said.speech
    ends_with_the_safety_net(convo, said, HOME_CARE, phrase)
    first, second = api.reminder_requests()
    assert first.body == second.body, "the same reminder, once allowed"
    assert second.body["alertInfo"]["spokenInfo"]["content"][0]["text"].endswith("see a GP.")


def test_permission_denied_is_respected(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str]
) -> None:
    api.reminder_reply = NO_PERMISSION
    convo = offered(skill, kb, api, SEE_DOCTOR)
    asks_permission(convo, kb, "knee-reminder/see_doctor/3")
    said = convo.send(envelopes.permission_response("DENIED", "knee-reminder/see_doctor/3"))
    assert said.speech.startswith(words(kb, "permission_denied", days=3))
    ends_with_the_safety_net(convo, said, SEE_DOCTOR, phrase)
    assert not said.card_title, "no card pressing the person who said no"
    assert len(api.reminder_requests()) == 1, "nothing more is tried"


@pytest.mark.parametrize(
    "status, code",
    [("NOT_ANSWERED", "200"), ("ACCEPTED", "400")],
    ids=["not-answered", "no-voice-consent-on-this-device"],
)
def test_unanswered_or_impossible_by_voice_sends_the_consent_card(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str], status: str, code: str
) -> None:
    api.reminder_reply = NO_PERMISSION
    convo = offered(skill, kb, api, SEE_DOCTOR)
    asks_permission(convo, kb, "knee-reminder/see_doctor/3")
    said = convo.send(envelopes.permission_response(status, "knee-reminder/see_doctor/3", code))
    assert said.speech.startswith(words(kb, "no_permission", days=3))
    ends_with_the_safety_net(convo, said, SEE_DOCTOR, phrase)
    assert said.raw["response"]["card"] == {"type": "AskForPermissionsConsent", "permissions": [SCOPE]}
    assert len(api.reminder_requests()) == 1


def test_granted_but_still_refused_by_the_api_sends_the_consent_card(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str]
) -> None:
    api.reminder_reply = NO_PERMISSION
    convo = Conversation(skill, kb, "en-IN", api_endpoint=api.endpoint)
    said = convo.send(envelopes.permission_response("ACCEPTED", "knee-reminder/self_care/7"))
    assert said.speech.startswith(words(kb, "no_permission", "en-IN", days=7))
    ends_with_the_safety_net(convo, said, HOME_CARE, phrase)
    assert said.raw["response"]["card"]["type"] == "AskForPermissionsConsent"


def test_a_scope_already_refused_is_asked_for_again_by_voice_without_calling_the_api(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi
) -> None:
    convo = offered(skill, kb, api, HOME_CARE)
    convo.scopes = {SCOPE: "DENIED"}
    asks_permission(convo, kb, "knee-reminder/self_care/7")
    assert api.requests == [], "not even the time zone: Alexa's 8 seconds go to the permission request"


@pytest.mark.parametrize("token", ["someone-else/self_care/7", "knee-reminder/emergency_call/3", ""])
def test_an_answer_to_a_request_this_skill_never_made_just_says_goodbye(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, phrase: Callable[..., str], token: str
) -> None:
    convo = Conversation(skill, kb, api_endpoint=api.endpoint)
    said = convo.send(envelopes.permission_response("ACCEPTED", token))
    assert said.speech == phrase("goodbye") and said.ended
    assert api.requests == []


def test_the_permission_row_is_the_same_in_every_mode_but_an_emergency() -> None:
    rows = {mode: machine.ROUTES[mode, Kind.PERMISSION] for mode in Mode}
    assert rows.pop(Mode.EMERGENCY) is machine.emergency
    assert set(rows.values()) == {machine.permission_result}


@pytest.mark.filterwarnings("ignore:Properties that return a na")  # ask-sdk's verifier, as in the edge tests
def test_the_permission_answer_passes_the_hosting_edge_with_its_signature_checked(
    serve: Any, pki: Any, kb: KnowledgeBase, api: FakeAlexaApi
) -> None:
    """Through the real Flask app, as Alexa sends it: signed, timestamped, for this skill."""
    data = envelopes.envelope(
        envelopes.permission_response("ACCEPTED", "knee-reminder/see_doctor/3"),
        skill_id=OUR_SKILL_ID,
        locale="en-CA",
        new=False,
        api_endpoint=api.endpoint,
    )
    body = body_of(data)
    response = serve().client.post("/", data=body, headers=pki.good.headers(body))
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert words(kb, "created", "en-CA", days=3) in speech_of(response.get_json())
    assert len(api.reminder_requests()) == 1


# --- privacy --------------------------------------------------------------------------------


def test_the_logs_hold_outcomes_never_answers_or_the_reminder(
    skill: CustomSkill, kb: KnowledgeBase, api: FakeAlexaApi, caplog: pytest.LogCaptureFixture
) -> None:
    api.reminder_reply = NO_PERMISSION
    with caplog.at_level(logging.DEBUG):
        convo = offered(skill, kb, api, SEE_DOCTOR)
        convo.yes()
        api.reminder_reply = (201, None)
        convo.send(envelopes.permission_response("ACCEPTED", "knee-reminder/see_doctor/3"))
    ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("skill")).lower()
    assert "no_permission" in ours and "created" in ours, "a deployer sees what became of reminders"
    said_by_person = {str(v).lower() for v in SEE_DOCTOR.values() if isinstance(v, str) and len(v) > 3}
    assert not {w for w in said_by_person if w in ours}, "no answer is logged"
    assert "knee" not in ours and "meniscus" not in ours and "local-token" not in ours


def test_the_privacy_page_says_what_a_reminder_holds_and_what_is_asked_for_it(kb: KnowledgeBase) -> None:
    page = " ".join(legal_page("privacy").decode("utf-8").split())
    assert words(kb, "reminder_text", "en-US") in page, "the reminder's words, as the skill sends them"
    assert words(kb, "reminder_text", "en-GB").endswith("see a GP.") and '"see a GP"' in page
    assert "time zone" in page and "10 in the morning" in page
