"""Alexa request handlers, one concern per module. Registration order lives in skill_builder."""
