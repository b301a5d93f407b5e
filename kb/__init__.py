"""The shared triage engine and knowledge base for pain behind the knee. No Alexa import here:
any front end gives facts and gets back the next question or the assessment. Imports nothing
from ``skill`` (see docs/architecture.md)."""

from kb.conditions import UNCLEAR, UNKNOWN
from kb.engine import Assessment, Evaluation, RankedCause, Reason, assess, evaluate, may_answer, next_question
from kb.errors import FactsError, KbError
from kb.facts import Facts, check_facts
from kb.loader import load_kb
from kb.model import DEFAULT_LOCALE, LOCALES, KnowledgeBase, LocalText, Question

__all__ = [
    "DEFAULT_LOCALE",
    "LOCALES",
    "UNCLEAR",
    "UNKNOWN",
    "Assessment",
    "Evaluation",
    "Facts",
    "FactsError",
    "KbError",
    "KnowledgeBase",
    "LocalText",
    "Question",
    "RankedCause",
    "Reason",
    "assess",
    "check_facts",
    "evaluate",
    "load_kb",
    "may_answer",
    "next_question",
]
