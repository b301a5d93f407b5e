"""The hosting edge: everything serving the skill needs beyond the skill itself.

- ``edge``: one request's path for web and Lambda alike (parse once, cheap checks first, invoke,
  the safe answer if the skill fails, one log line);
- ``webservice``: the Flask app (``POST /`` for Alexa, a table of ``GET`` routes), body limits;
- ``lambda_function``: the AWS Lambda entry point (no web stack, no certificate machinery);
- ``certificates``: the signature check and its bounded certificate cache (and the only import
  of certvalidator, so ``oscrypto_compat`` is installed there);
- ``application_id``, ``envelope``, ``config``, ``fallback``, ``logs``: the shared small parts;
- ``worker`` and ``__main__``: gunicorn's threaded worker and the ``python -m skill.serving`` launcher.

May import ``skill`` (the skill builder, the SSML renderer, the phrases) and ``kb``; nothing in
``skill`` or ``kb`` imports this package.
"""
