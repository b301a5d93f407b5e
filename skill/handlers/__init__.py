"""Alexa request handlers. They only dispatch: the conversation handler hands every launch and intent
to ``skill.machine``; session end and other request types get no speech; the exception handler
gives the safe answer. Registration order lives in ``skill.skill_builder``."""
