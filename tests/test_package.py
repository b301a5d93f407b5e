"""python -m skill.devtools.package: the ASK CLI layout for a web service, a Lambda ARN or the lambda-deployer."""

from __future__ import annotations

import json

import pytest

from kb import LOCALES as KB_LOCALES
from skill.devtools.package import PackageError, assemble, main

LOCALES = set(KB_LOCALES)


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
