"""Developer tools around the skill; nothing here runs in production.

Owns: the terminal client (`try_it`), the utterance resolver it uses (`utterances`), the
interaction-model generator and its templates (`interaction_model_gen`, `model_templates.yaml`),
the ASK CLI packager (`package`), the blind writers' question list (`question_list`), the one
request-envelope builder that tests, benchmarks and try-it share (`envelopes`), and what the
packager ships for the store: the icons (`icons`), the testing instructions played from
`walkthroughs.yaml` (`testing_instructions`) and the certification checks (`certification`). May
import `kb`, `skill` and `skill.serving`; nothing in `skill` or `skill.serving` imports this package.
"""
