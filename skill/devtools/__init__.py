"""Developer tools around the skill; nothing here runs in production.

Owns: the terminal client (`try_it`), the utterance resolver it uses (`utterances`), the
interaction-model generator and its templates (`interaction_model_gen`, `model_templates.yaml`),
the ASK CLI packager (`package`) and the one request-envelope builder that tests, benchmarks and
try-it share (`envelopes`). May import `kb`, `skill` and `skill.serving`; nothing in
`skill` or `skill.serving` imports this package.
"""
