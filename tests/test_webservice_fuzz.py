"""Whatever arrives, the hosting edge answers cleanly: never a 5xx, never an exception out of Lambda.

Hypothesis builds bodies of every JSON shape, and real envelopes with one part replaced by any JSON
value, and sends them through the real Flask app (verification off, so the mutations reach the
skill, or with only the SDK's timestamp check on, so it sees them) and the real Lambda entry.
Bounded to a few seconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from alexa_signing import envelope
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import skill.serving.lambda_function as lambda_function
from skill.serving.config import ServeConfig
from skill.serving.edge import Refused
from skill.serving.webservice import create_app
from tests.envelope_fuzz import any_json, replace_part

MAX_RESPONSE_BYTES = 24 * 1024

json_values = any_json(nan=False, leaves=12)

_PATHS = [
    ("request",),
    ("request", "type"),
    ("request", "requestId"),
    ("request", "timestamp"),
    ("request", "locale"),
    ("request", "intent"),
    ("request", "intent", "name"),
    ("request", "intent", "slots"),
    ("session",),
    ("session", "attributes"),
    ("session", "new"),
    ("context",),
    ("context", "System"),
    ("version",),
]


def _intent_envelope() -> dict[str, Any]:
    return envelope("IntentRequest", intent={"name": "AMAZON.HelpIntent", "confirmationStatus": "NONE"})


@st.composite
def mutated_envelopes(draw: st.DrawFn) -> Any:
    data = draw(st.sampled_from([envelope, _intent_envelope]))()
    replace_part(data, draw(st.sampled_from(_PATHS)), draw(json_values))
    return data


bodies = st.one_of(json_values, mutated_envelopes())


@pytest.fixture(scope="module", params=["unverified", "timestamp-checked"])
def client(request: pytest.FixtureRequest) -> Any:
    """Verification off (the mutations reach the skill), or the SDK's timestamp check on (it sees them)."""
    return create_app(
        config=ServeConfig(verify_signature=False, verify_timestamp=request.param == "timestamp-checked")
    ).test_client()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=bodies)
def test_any_json_body_gets_a_clean_answer_from_the_web_service(client: Any, data: Any) -> None:
    response = client.post("/", data=json.dumps(data), headers={"Content-Type": "application/json"})
    assert response.status_code in (200, 400), f"{response.status_code} for {data!r}"
    answer = response.get_json()
    assert isinstance(answer, dict), f"not a JSON object for {data!r}"
    if response.status_code == 200:
        assert answer.get("version") == "1.0" and "response" in answer, f"not a response envelope: {answer}"
        assert len(response.get_data()) < MAX_RESPONSE_BYTES, f"response over 24 KB for {data!r}"


@pytest.fixture(scope="module")
def any_skill_id() -> Iterator[None]:
    """No ALEXA_SKILL_ID from the environment: with one set, every event would be refused unchecked."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("ALEXA_SKILL_ID", raising=False)
        patch.setattr(lambda_function, "_edge", None)
        yield


@settings(max_examples=150, deadline=None)
@given(data=bodies)
@pytest.mark.usefixtures("any_skill_id")
def test_any_event_gets_a_response_or_a_clean_refusal_from_lambda(data: Any) -> None:
    try:
        result = lambda_function.lambda_handler(data, None)
    except Refused:
        return
    assert isinstance(result, dict) and result.get("version") == "1.0", f"not a response envelope for {data!r}"
    json.dumps(result)
