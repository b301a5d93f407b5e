"""``python -m skill.serving``: serve the skill under gunicorn with several workers.

Why gunicorn and not Flask's development server: the skill is stateless, so a few worker
processes answer Alexa's requests in parallel (Alexa waits at most 8 seconds), and a crash in
one worker does not take the service down. The app is built once in the master process
(``preload_app``) so a broken knowledge base or a bad setting stops start-up with a clear
message instead of failing in every worker.

Settings come from the environment (HOST, PORT, WORKERS, ALEXA_SKILL_ID,
ASK_SDK_VERIFY_SIGNATURE, ASK_SDK_VERIFY_TIMESTAMP, LOG_LEVEL, MAX_REQUEST_BYTES); see
docs/deploy.md.
"""

from __future__ import annotations

import sys
from typing import Any

from gunicorn.app.base import BaseApplication

from skill.serving import logs
from skill.serving.config import ConfigError, ServeConfig

#: Threads per worker. A request takes a few milliseconds of CPU, so most threads at any moment are
#: waiting on a client that sends or reads slowly (at most CLIENT_IDLE_SECONDS per pause); an idle
#: thread costs little memory, and a worker with every thread waiting answers no one.
THREADS = 32
GRACEFUL_SECONDS = 20  # on SIGTERM, in-flight requests get this long to finish


class SkillServer(BaseApplication):  # type: ignore[misc]  # gunicorn ships no types
    """Gunicorn application that serves an already built Flask app."""

    def __init__(self, app: Any, options: dict[str, Any]) -> None:
        self._app = app
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self._app


def gunicorn_options(cfg: ServeConfig) -> dict[str, Any]:
    """Gunicorn settings for ``cfg``: threaded workers, and timeouts that suit Alexa.

    Threaded workers (``gthread``, see :mod:`skill.serving.worker`): a worker process runs
    ``THREADS`` requests at once, a connection that is idle (keep-alive) or has sent nothing yet
    waits in the worker's poller, not in a thread, and a client that stalls mid-request is dropped
    after ``CLIENT_IDLE_SECONDS``, so a few slow or idle clients cannot hold every worker the way
    they held sync workers. On SIGTERM a worker stops accepting, finishes the requests it has (up to
    ``graceful_timeout``) and closes kept-alive connections after their current request.
    """
    return {
        "bind": f"{cfg.host}:{cfg.port}",
        "workers": cfg.workers,
        "worker_class": "skill.serving.worker.SkillWorker",
        "threads": THREADS,
        "worker_connections": 256,  # open connections per worker, idle ones included
        "keepalive": 5,  # seconds an idle connection stays open (Alexa reuses connections)
        "timeout": 30,  # a worker stuck this long is replaced; Alexa gave up after 8 s
        "graceful_timeout": GRACEFUL_SECONDS,
        "preload_app": True,
        "loglevel": cfg.log_level.lower(),
        "accesslog": None,  # the app logs each request itself, without any body content
        "proc_name": "knee-pain-guide",
        # No runtime control socket: it would be one shared path in $HOME for every
        # instance on the machine, and nothing here needs to manage workers at runtime.
        "control_socket_disable": True,
    }


def main() -> int:
    """Start the server; returns an exit status when the settings are unusable."""
    try:
        cfg = ServeConfig.from_env()
    except ConfigError as problem:
        print(f"knee-pain-guide: {problem}", file=sys.stderr)
        return 2
    logs.configure_root(cfg.logging_level)

    from skill.serving.webservice import create_app

    app = create_app(config=cfg)
    SkillServer(app, gunicorn_options(cfg)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
