"""python -m skill.devtools.package: the ASK CLI layout for a web service, a Lambda ARN or the lambda-deployer."""

from __future__ import annotations

import copy
import json

import pytest

from kb import LOCALES as KB_LOCALES
from skill.devtools import package
from skill.devtools.package import PackageError, assemble, main

LOCALES = set(KB_LOCALES)


@pytest.fixture(autouse=True)
def _models_built_once(monkeypatch, generated_models):
    """Building the models was most of each package's time, and the build is pure: every package
    here takes (a copy of) the session's one build, still checked against the committed models.
    tests/test_interaction_model.py tests the build; test_kb_startup's bundle goes through it whole."""
    monkeypatch.setattr(package, "build_all", lambda kb: copy.deepcopy(generated_models))


def _read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_web_service_layout(tmp_path):
    assemble(tmp_path, endpoint="https://knee.example.org/alexa", ssl_certificate_type="Trusted")
    manifest = _read(tmp_path / "skill-package" / "skill.json")["manifest"]
    assert manifest["apis"]["custom"]["endpoint"] == {
        "uri": "https://knee.example.org/alexa",
        "sslCertificateType": "Trusted",
    }
    models = {p.stem for p in (tmp_path / "skill-package" / "interactionModels" / "custom").glob("*.json")}
    assert models == LOCALES
    resources = _read(tmp_path / "ask-resources.json")
    assert resources == {
        "askcliResourcesVersion": "2020-03-31",
        "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}}},
    }
    assert not (tmp_path / "lambda").exists()


def test_lambda_arn_endpoint(tmp_path):
    arn = "arn:aws:lambda:eu-west-1:123456789012:function:knee-pain-guide"
    assemble(tmp_path, lambda_arn=arn)
    assert _read(tmp_path / "skill-package" / "skill.json")["manifest"]["apis"]["custom"]["endpoint"] == {"uri": arn}


def test_lambda_deployer_layout(tmp_path):
    (tmp_path / ".ask").mkdir()
    (tmp_path / ".ask" / "ask-states.json").write_text("{}", encoding="utf-8")
    assemble(tmp_path, lambda_deploy=True, aws_region="eu-west-1", profile="work")
    profile = _read(tmp_path / "ask-resources.json")["profiles"]["work"]
    assert profile["code"] == {"default": {"src": "./lambda"}}
    assert profile["skillInfrastructure"] == {
        "type": "@ask-cli/lambda-deployer",
        "userConfig": {
            "runtime": "python3.11",
            "handler": "skill.serving.lambda_function.lambda_handler",
            "awsRegion": "eu-west-1",
        },
    }
    assert "endpoint" not in _read(tmp_path / "skill-package" / "skill.json")["manifest"]["apis"]["custom"]
    assert (tmp_path / "lambda" / "skill" / "serving" / "lambda_function.py").is_file()
    assert (tmp_path / "lambda" / "kb" / "data" / "questions.yaml").is_file()
    compiled = list((tmp_path / "lambda" / "skill" / "serving" / "__pycache__").glob("lambda_function.cpython-*.pyc"))
    assert compiled, "the bundle ships bytecode, so a cold start does not compile the skill's modules"
    # checked by the source's hash (flags 0b11 in the header), not by file times a zip may round
    assert int.from_bytes(compiled[0].read_bytes()[4:8], "little") == 0b11
    assert (tmp_path / "lambda" / "skill" / "phrases" / ".phrases.built").is_file(), "no YAML parser at start-up"
    assert not (tmp_path / "lambda" / "skill" / "devtools").exists(), "developer tools are not deployed"
    stamp = tmp_path / "lambda" / "skill" / ".understanding.built"
    assert stamp.is_file(), "the word patterns ship built, so a read-only cold start does not build them"
    bundled = tmp_path / "lambda" / "skill" / "understanding.yaml"
    assert stamp.read_text(encoding="utf-8").split("\n", 1)[0] and bundled.is_file()
    requirements = (tmp_path / "lambda" / "requirements.txt").read_text(encoding="utf-8")
    assert "ask-sdk-core==" in requirements and "PyYAML==" in requirements
    assert "Flask" not in requirements and "gunicorn" not in requirements, "the Lambda bundle needs no web stack"
    assert (tmp_path / ".ask" / "ask-states.json").is_file(), "the ASK CLI's state (skill id) is kept"


@pytest.mark.parametrize(
    "kwargs, problem",
    [
        ({"endpoint": "http://knee.example.org/"}, "https"),
        ({"lambda_arn": "knee-pain-guide"}, "ARN"),
        ({"endpoint": "https://a.example/", "lambda_deploy": True}, "choose one"),
    ],
)
def test_refuses_what_the_ask_cli_would_refuse(tmp_path, kwargs, problem):
    with pytest.raises(PackageError, match=problem):
        assemble(tmp_path, **kwargs)


def test_command_line(tmp_path, capsys):
    assert main(["--out", str(tmp_path)]) == 0
    assert "ask deploy" in capsys.readouterr().out
    assert main(["--out", str(tmp_path), "--endpoint", "http://x/"]) == 2


def _locales(manifest):
    return manifest["publishingInformation"]["locales"]


def test_legal_pages_follow_the_public_url(tmp_path):
    assemble(tmp_path, endpoint="https://knee.example.org/alexa", public="https://legal.knee.example.org/")
    manifest = _read(tmp_path / "skill-package" / "skill.json")["manifest"]
    for locale in LOCALES:
        assert manifest["privacyAndCompliance"]["locales"][locale] == {
            "privacyPolicyUrl": "https://legal.knee.example.org/privacy",
            "termsOfUseUrl": "https://legal.knee.example.org/terms",
        }


def test_legal_pages_default_to_the_web_service_that_serves_them(tmp_path, monkeypatch):
    monkeypatch.delenv("KNEE_PUBLIC_URL", raising=False)
    assemble(tmp_path, endpoint="https://knee.example.org/alexa")
    urls = _read(tmp_path / "skill-package" / "skill.json")["manifest"]["privacyAndCompliance"]["locales"]["en-GB"]
    assert urls["privacyPolicyUrl"] == "https://knee.example.org/privacy"
    monkeypatch.setenv("KNEE_PUBLIC_URL", "https://pages.example.net")
    assemble(tmp_path, endpoint="https://knee.example.org/alexa")
    urls = _read(tmp_path / "skill-package" / "skill.json")["manifest"]["privacyAndCompliance"]["locales"]["en-GB"]
    assert urls["termsOfUseUrl"] == "https://pages.example.net/terms"


def test_a_lambda_skill_for_certification_must_say_where_its_legal_pages_are(tmp_path, monkeypatch):
    monkeypatch.delenv("KNEE_PUBLIC_URL", raising=False)
    arn = "arn:aws:lambda:eu-west-1:123456789012:function:knee-pain-guide"
    assemble(tmp_path, lambda_arn=arn)  # while developing, skill.json's placeholder pages stay
    with pytest.raises(PackageError, match=r"knee-pain-guide\.example\.com/privacy.*--public-url"):
        assemble(tmp_path, lambda_arn=arn, certification=True)
    with pytest.raises(PackageError, match="https"):
        assemble(tmp_path, lambda_arn=arn, public="http://knee.example.org")


def test_icons_are_packaged_and_named_by_every_locale(tmp_path):
    from PIL import Image

    assemble(tmp_path, endpoint="https://knee.example.org/alexa")
    package = tmp_path / "skill-package"
    manifest = _read(package / "skill.json")["manifest"]
    for locale, info in _locales(manifest).items():
        for field, size in (("smallIconUri", 108), ("largeIconUri", 512)):
            uri = info[field]
            assert uri.startswith("file://"), (locale, field, uri)
            with Image.open(package / uri.removeprefix("file://")) as image:
                assert (image.format, image.size) == ("PNG", (size, size)), (locale, field)


def test_certification_build_refuses_placeholder_addresses(tmp_path, monkeypatch):
    monkeypatch.delenv("KNEE_PUBLIC_URL", raising=False)
    with pytest.raises(PackageError, match=r"placeholders: https://knee-pain-guide\.example\.com/"):
        assemble(tmp_path, certification=True)
    with pytest.raises(PackageError, match=r"https://knee\.example\.org/privacy"):
        assemble(tmp_path, endpoint="https://knee.example.org/", certification=True)
    with pytest.raises(PackageError, match="localhost"):
        assemble(tmp_path, endpoint="https://kneeguide.org/", public="https://localhost:8443", certification=True)
    assemble(tmp_path, endpoint="https://alexa.kneeguide.org/", certification=True)
    urls = _read(tmp_path / "skill-package" / "skill.json")["manifest"]["privacyAndCompliance"]["locales"]["en-IN"]
    assert urls["privacyPolicyUrl"] == "https://alexa.kneeguide.org/privacy"


def test_certification_from_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KNEE_PUBLIC_URL", raising=False)
    assert main(["--out", str(tmp_path), "--certification"]) == 2
    assert "example.com" in capsys.readouterr().err
    arn = "arn:aws:lambda:us-east-1:123456789012:function:knee"
    assert (
        main(["--out", str(tmp_path), "--lambda-arn", arn, "--public-url", "https://kneeguide.org", "--certification"])
        == 0
    )
