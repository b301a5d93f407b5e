"""When the skill restates a question's choices, a person who repeats them is understood.

Each choice question's values are said aloud with their `say` text ("with an injury or sudden
movement"); said back, through the interaction model and the skill's answer rules (slots, and a
"no" that means "none of those"), that must set
the question's fact to that value, in every locale. Otherwise a clear answer would count as a
miss, and two misses as "I don't know".
"""

from __future__ import annotations

from datetime import date

import pytest

from kb import LOCALES
from skill.devtools.corpus_score import facts_heard
from skill.devtools.utterances import UtteranceResolver
from tests.kb_helpers import real_kb

KB = real_kb()
CHOICES = [(q, v) for q in KB.questions.values() if q.answer_type == "choice" for v in q.values]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("question, value", CHOICES, ids=[f"{q.id}.{v.id}" for q, v in CHOICES])
def test_a_value_said_as_the_skill_words_it_answers_the_pending_question(question, value, locale) -> None:
    spoken = KB.say(value.say, locale)
    resolution = UtteranceResolver.for_locale(locale).resolve(spoken)
    facts = facts_heard(resolution, question, KB, locale, date.today())
    got = facts.get(question.id)
    assert got == value.id or (isinstance(got, list) and value.id in got), (
        f"{locale}: {spoken!r} for {question.id} resolved to {resolution.describe()}, facts {facts}"
    )
