"""Settings for serving the skill, read from environment variables.

Why one place: the web service, ``python -m skill.serving`` and the Lambda entry point must agree on
what each variable means, and a typo must stop start-up with the variable's name rather than
silently fall back (a mistyped ``ASK_SDK_VERIFY_SIGNATURE=flase`` keeps verification on and
says so). The variables are documented in ``docs/deploy.md``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class ConfigError(ValueError):
    """An environment variable has a value the service cannot use; names the variable."""


def default_workers() -> int:
    """Gunicorn's usual 2 x cores + 1, capped at 8: the skill is stateless and light."""
    return min(8, 2 * (os.cpu_count() or 1) + 1)


@dataclass(frozen=True)
class ServeConfig:
    """How the skill is served. Defaults are the safe ones: loopback only, verification on."""

    host: str = "127.0.0.1"
    port: int = 5000
    workers: int = 2
    skill_id: str | None = None
    verify_signature: bool = True
    verify_timestamp: bool = True
    log_level: str = "INFO"
    max_request_bytes: int = 256 * 1024

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServeConfig:
        """Read the settings from ``environ`` (default: the process environment).

        Raises ConfigError naming the variable when a value cannot be used.
        """
        env = os.environ if environ is None else environ
        log_level = _text(env, "LOG_LEVEL", "INFO").upper()
        if log_level not in _LOG_LEVELS:
            raise ConfigError(f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}, not {log_level!r}")
        return cls(
            host=_text(env, "HOST", cls.host),
            port=_integer(env, "PORT", cls.port, low=0, high=65535),
            workers=_integer(env, "WORKERS", default_workers(), low=1, high=64),
            skill_id=_text(env, "ALEXA_SKILL_ID", "") or None,
            verify_signature=_boolean(env, "ASK_SDK_VERIFY_SIGNATURE", True),
            verify_timestamp=_boolean(env, "ASK_SDK_VERIFY_TIMESTAMP", True),
            log_level=log_level,
            max_request_bytes=_integer(
                env, "MAX_REQUEST_BYTES", cls.max_request_bytes, low=1024, high=16 * 1024 * 1024
            ),
        )

    @property
    def logging_level(self) -> int:
        """The ``logging`` module's number for ``log_level``."""
        return int(getattr(logging, self.log_level))


def _text(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip()
    return value if value else default


def _integer(env: Mapping[str, str], name: str, default: int, *, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, not {value}")
    return value


def _boolean(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")
