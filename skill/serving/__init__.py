"""The hosting edge: everything serving the skill needs beyond the skill itself.

- ``webservice``: the Flask app, with flask-ask-sdk's SkillAdapter at ``POST /`` and a table of
  ``GET`` routes;
- ``adapter``: that SkillAdapter's request path (body limit first, the SDK's handler parsing once and
  running the verifiers, a clean ending for every request) and the skill's serializer;
- ``verifiers`` and ``certificates``: the SDK's verifiers in order of cost, and its ``RequestVerifier``
  with a safe fetch and a bounded certificate cache (where certvalidator is imported, so
  ``oscrypto_compat`` is installed there);
- ``edge``: the endings shared by web and Lambda (served, refused, the safe answer; one log line),
  and the Lambda path; ``lambda_function``: the AWS Lambda entry point (no web stack, no
  certificate machinery);
- ``application_id``, ``body``, ``envelope``, ``config``, ``fallback``, ``logs``: the shared small parts;
- ``worker`` and ``__main__``: gunicorn's threaded worker and the ``python -m skill.serving`` launcher.

May import ``skill`` (the skill builder, the SSML renderer, the phrases) and ``kb``; never
``skill.devtools``; nothing in ``skill`` or ``kb`` imports this package (see docs/architecture.md).
"""

from skill.serving import oscrypto_compat

# Once, before any module here is imported: flask-ask-sdk and the SDK's verifier import certvalidator,
# which imports oscrypto, which cannot load on current OpenSSL without the fix. The finder it installs
# acts only on oscrypto's own modules, so the Lambda entry, which never imports them, is unaffected.
oscrypto_compat.install()
