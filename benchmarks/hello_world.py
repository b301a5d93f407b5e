"""The baseline: ask-sdk-core's hello-world skill, served the SDK's own way.

Why: "fast" means close to what the SDK itself costs. This is the Alexa hello-world sample (launch,
HelloWorldIntent, help, cancel/stop, fallback, session end, a catch-all error handler) with the
SDK's stock entry points: ``SkillBuilder.lambda_handler()`` for Lambda and flask-ask-sdk's
``SkillAdapter`` for the web, with verification switched the same way as ours. Under HTTP it runs
with exactly our gunicorn settings (``skill.serving.__main__.gunicorn_options``).

Run it as a server: ``python -m benchmarks.hello_world`` (HOST, PORT, WORKERS as for skill.serving).
"""

from __future__ import annotations

import sys
from typing import Any

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model.response import Response


class LaunchRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        speak = "Welcome, you can say Hello or Help. Which would you like to try?"
        return handler_input.response_builder.speak(speak).ask(speak).response


class HelloWorldIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("HelloWorldIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.speak("Hello World!").response


class HelpIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.HelpIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        speak = "You can say hello to me! How can I help?"
        return handler_input.response_builder.speak(speak).ask(speak).response


class CancelOrStopIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(
            is_intent_name("AMAZON.CancelIntent")(handler_input) or is_intent_name("AMAZON.StopIntent")(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.speak("Goodbye!").response


class FallbackIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("AMAZON.FallbackIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        speak = "Hmm, I'm not sure. You can say Hello or Help. What would you like to do?"
        return handler_input.response_builder.speak(speak).ask(speak).response


class SessionEndedRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("SessionEndedRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.response


class CatchAllExceptionHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        speak = "Sorry, I had trouble doing what you asked. Please try again."
        return handler_input.response_builder.speak(speak).ask(speak).response


def builder() -> SkillBuilder:
    """The sample's SkillBuilder, handlers in the sample's order."""
    sb = SkillBuilder()
    for handler in (
        LaunchRequestHandler(),
        HelloWorldIntentHandler(),
        HelpIntentHandler(),
        CancelOrStopIntentHandler(),
        FallbackIntentHandler(),
        SessionEndedRequestHandler(),
    ):
        sb.add_request_handler(handler)
    sb.add_exception_handler(CatchAllExceptionHandler())
    return sb


def build() -> CustomSkill:
    return builder().create()


#: The sample's Lambda entry point, exactly as the SDK provides it.
lambda_handler = builder().lambda_handler()


def create_app(verify: bool = False) -> Any:
    """The sample served by flask-ask-sdk's SkillAdapter (verification as the flag says, like ours)."""
    from flask import Flask
    from flask_ask_sdk.skill_adapter import (
        VERIFY_SIGNATURE_APP_CONFIG,
        VERIFY_TIMESTAMP_APP_CONFIG,
        SkillAdapter,
    )

    import skill.serving  # noqa: F401  (installs the oscrypto fix flask-ask-sdk's certvalidator needs)

    app = Flask(__name__)
    app.config[VERIFY_SIGNATURE_APP_CONFIG] = verify
    app.config[VERIFY_TIMESTAMP_APP_CONFIG] = verify
    SkillAdapter(skill=build(), skill_id="hello-world", app=app).register(app=app, route="/")
    return app


def main() -> int:
    """Serve the sample under gunicorn with the project's own settings."""
    from skill.serving.__main__ import SkillServer, gunicorn_options
    from skill.serving.config import ServeConfig

    cfg = ServeConfig.from_env()
    SkillServer(create_app(verify=cfg.verify_signature), gunicorn_options(cfg)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
