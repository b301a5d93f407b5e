"""What serving the skill needs beyond the skill itself, shared by the web service and Lambda.

Kept apart from the handlers: settings (`config`), checks on the raw request envelope
(`envelope`), the application-id check (`verifiers`), the last-resort safe answer
(`fallback`) and logging that never carries health data (`logs`). May import `kb` and the
skill core; never `skill.devtools` (see docs/architecture.md).
"""
