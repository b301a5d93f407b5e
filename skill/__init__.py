"""The Alexa skill: the conversation state machine (``machine``), its modes and session record
(``session``), what is said (``compose``, ``phrases``, ``speech``), slots (``slots``,
``slot_contract``) and the ask-sdk handlers (``handlers``, ``skill_builder``).

May import ``kb`` only; never ``skill.serving`` (the hosting edge) or ``skill.devtools`` (developer
tools), which build on this package. See docs/architecture.md.
"""
