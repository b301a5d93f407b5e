"""Assemble the ASK CLI project layout from ``skill.json`` and ``interaction_model/``.

    python -m skill.devtools.package                                  # HTTPS endpoint from skill.json
    python -m skill.devtools.package --endpoint https://knee.example.org/ [--ssl-certificate-type Trusted]
    python -m skill.devtools.package --lambda-arn arn:aws:lambda:us-east-1:123456789012:function:knee-pain-guide
    python -m skill.devtools.package --lambda [--aws-region eu-west-1]  # let `ask deploy` create the Lambda
    ... [--public-url https://knee.example.org] [--certification] [--out build/ask] [--profile default]

The privacy policy and terms of use URLs are ``<public url>/privacy`` and ``<public url>/terms``,
where the web service serves ``docs/legal/``. The public URL comes from ``--public-url``, else
``$KNEE_PUBLIC_URL``, else the HTTPS endpoint's origin; ``--certification`` refuses a placeholder
(example.com, localhost) anywhere a reviewer or Alexa would follow it.

writes (default ``build/ask/``)::

    ask-resources.json
    skill-package/skill.json
    skill-package/interactionModels/custom/<locale>.json
    skill-package/assets/images/icon-108.png, icon-512.png   (the store icons, skill/devtools/icons.py)
    lambda/                      (only with --lambda: skill/, kb/, requirements.txt)

then ``cd build/ask && ask deploy``. The ASK CLI's own state (``.ask/ask-states.json``, which
holds the skill id after the first deploy) is left in place, so re-packaging and re-deploying
updates the same skill. See docs/ask-cli.md.
"""

from __future__ import annotations

import argparse
import compileall
import copy
import json
import os
import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from py_compile import PycInvalidationMode
from typing import Any
from urllib.parse import urlsplit

from kb import load_kb
from skill.devtools import certification as cert
from skill.devtools.icons import ICON_DIR, SIZES, icon_path, stale_icons
from skill.devtools.interaction_model_gen import MODEL_DIR, ROOT, build_all, model_path, stale_files
from skill.phrases import load_phrases
from skill.serving.legal_pages import PAGES
from skill.word_data import load_words

SKILL_JSON = ROOT / "skill.json"
REQUIREMENTS = ROOT / "requirements.txt"
DEFAULT_OUT = ROOT / "build" / "ask"
RESOURCES_VERSION = "2020-03-31"
LAMBDA_DEPLOYER = "@ask-cli/lambda-deployer"
LAMBDA_RUNTIME = "python3.11"
LAMBDA_HANDLER = "skill.serving.lambda_function.lambda_handler"
SSL_CERTIFICATE_TYPES = ("Trusted", "Wildcard", "SelfSigned")
PUBLIC_URL_ENV = "KNEE_PUBLIC_URL"
# Where the icons go inside skill-package/; the manifest names them with file:// URIs relative to it.
IMAGES_DIR = "assets/images"
# Hosts that only stand in for a real one: fine while developing, refused when building for certification.
_PLACEHOLDER_HOST = re.compile(r"(^|\.)(example\.(com|org|net)|localhost|invalid|test)$|^127\.|^0\.0\.0\.0$")
_URL_FIELDS = {"privacy": "privacyPolicyUrl", "terms": "termsOfUseUrl"}
_LAMBDA_ARN = re.compile(r"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$")

# What the Lambda bundle needs: the skill and the engine, none of the web stack (Flask,
# gunicorn, the signature checks). Versions come from requirements.txt, so they stay pinned.
LAMBDA_PACKAGES = (
    "ask-sdk-core",
    "ask-sdk-model",
    "ask-sdk-runtime",
    "python-dateutil",
    "six",
    "requests",
    "certifi",
    "charset-normalizer",
    "idna",
    "urllib3",
    "PyYAML",
    "jsonschema",
    "jsonschema-specifications",
    "referencing",
    "rpds-py",
    "attrs",
    "typing_extensions",
)
LAMBDA_SOURCES = ("skill", "kb")


class PackageError(ValueError):
    """Something the ASK CLI would refuse; the message says what to fix."""


def load_manifest(path: Path = SKILL_JSON) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return manifest


def with_endpoint(
    manifest: dict[str, Any],
    *,
    endpoint: str | None = None,
    ssl_certificate_type: str | None = None,
    lambda_arn: str | None = None,
    lambda_deploy: bool = False,
) -> dict[str, Any]:
    """A copy of the manifest with ``apis.custom.endpoint`` set for the chosen hosting."""
    manifest = copy.deepcopy(manifest)
    custom = manifest["manifest"].setdefault("apis", {}).setdefault("custom", {})
    if lambda_deploy:
        # The lambda-deployer creates the function and writes its ARN into the endpoint itself;
        # an endpoint naming a function that does not exist yet fails validation.
        custom.pop("endpoint", None)
    elif lambda_arn:
        if not _LAMBDA_ARN.match(lambda_arn):
            raise PackageError(
                f"--lambda-arn {lambda_arn!r} is not a Lambda function ARN "
                "(arn:aws:lambda:REGION:ACCOUNT:function:NAME)"
            )
        custom["endpoint"] = {"uri": lambda_arn}
    else:
        current = custom.get("endpoint") or {}
        uri = endpoint or current.get("uri")
        if not uri or not uri.startswith("https://"):
            raise PackageError(
                f"the endpoint must be an https:// URL, not {uri!r} (Alexa calls HTTPS on port 443 only)"
            )
        certificate = ssl_certificate_type or current.get("sslCertificateType") or "Wildcard"
        if certificate not in SSL_CERTIFICATE_TYPES:
            raise PackageError(f"--ssl-certificate-type must be one of {', '.join(SSL_CERTIFICATE_TYPES)}")
        custom["endpoint"] = {"uri": uri, "sslCertificateType": certificate}
    return manifest


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def public_url(explicit: str | None, manifest: dict[str, Any]) -> str | None:
    """The base URL of the privacy and terms pages: the option, the environment, or the HTTPS endpoint's
    origin (the web service serves them). None for a Lambda skill given none: skill.json's URLs stay."""
    chosen = explicit or os.environ.get(PUBLIC_URL_ENV)
    if not chosen:
        endpoint = (manifest["manifest"].get("apis", {}).get("custom", {}).get("endpoint") or {}).get("uri", "")
        if not endpoint.startswith("https://"):
            return None
        parts = urlsplit(endpoint)
        chosen = f"{parts.scheme}://{parts.netloc}"
    parts = urlsplit(chosen)
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment:
        raise PackageError(f"the public URL must be a plain https:// address, not {chosen!r}")
    return chosen.rstrip("/")


def with_store_assets(manifest: dict[str, Any], base_url: str | None) -> dict[str, Any]:
    """A copy of the manifest whose locales name the packaged icons and the legal pages under ``base_url``."""
    manifest = copy.deepcopy(manifest)
    body = manifest["manifest"]
    privacy_locales = body.setdefault("privacyAndCompliance", {}).setdefault("locales", {})
    for locale, info in body["publishingInformation"]["locales"].items():
        for field, size in SIZES.items():
            info[field] = f"file://{IMAGES_DIR}/{icon_path(size).name}"
        urls = privacy_locales.setdefault(locale, {})
        for page in PAGES if base_url else ():
            urls[_URL_FIELDS[page]] = f"{base_url}/{page}"
    return manifest


def placeholder_urls(manifest: dict[str, Any]) -> list[str]:
    """Every URL in the manifest that points at a stand-in host, which certification would fail."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif (
            isinstance(node, str) and node.startswith(("http://", "https://")) and _PLACEHOLDER_HOST.search(_host(node))
        ):
            found.append(node)

    walk(manifest)
    return sorted(set(found))


def ask_resources(
    profile: str = "default", lambda_deploy: bool = False, aws_region: str = "us-east-1"
) -> dict[str, Any]:
    """ask-resources.json: the skill package always; the code and the Lambda deployer with --lambda."""
    resources: dict[str, Any] = {"skillMetadata": {"src": "./skill-package"}}
    if lambda_deploy:
        resources["code"] = {"default": {"src": "./lambda"}}
        resources["skillInfrastructure"] = {
            "type": LAMBDA_DEPLOYER,
            "userConfig": {"runtime": LAMBDA_RUNTIME, "handler": LAMBDA_HANDLER, "awsRegion": aws_region},
        }
    return {"askcliResourcesVersion": RESOURCES_VERSION, "profiles": {profile: resources}}


def lambda_requirements(requirements: Path = REQUIREMENTS) -> str:
    """The pinned lines of requirements.txt that the Lambda bundle needs."""
    wanted = {name.lower().replace("_", "-") for name in LAMBDA_PACKAGES}
    lines, found = [], set()
    for line in requirements.read_text(encoding="utf-8").splitlines():
        name = re.split(r"[=<>!~\[; ]", line.strip(), maxsplit=1)[0].lower().replace("_", "-")
        if name in wanted:
            lines.append(line.strip())
            found.add(name)
    missing = wanted - found
    if missing:
        raise PackageError(f"requirements.txt has no pinned version of: {', '.join(sorted(missing))}")
    header = "# The skill's Lambda bundle: generated by python -m skill.devtools.package from requirements.txt.\n"
    return header + "\n".join(lines) + "\n"


def _copy_sources(destination: Path) -> None:
    """The skill's and kb's sources; ``assemble`` has already loaded the kb in full and the word data,
    which stamps both, so the bundle's cold starts skip the schema pass (kb.loader) and building the
    word patterns (skill.understanding). The developer tools stay out."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", "devtools")
    for name in LAMBDA_SOURCES:
        shutil.copytree(ROOT / name, destination / name, ignore=ignore)
        # Fresh bytecode for the bundle (stale caches are never copied): a Lambda cold start otherwise
        # spends about 25 ms compiling the skill's own modules. Tagged by Python version, so a runtime
        # that differs from this interpreter simply ignores it. Checked by the source's hash, not its
        # time: a zip keeps file times to two seconds at best, and bytecode whose recorded time no
        # longer matches would be ignored (and compiled again at every cold start) without a word.
        compileall.compile_dir(destination / name, quiet=1, invalidation_mode=PycInvalidationMode.CHECKED_HASH)


def assemble(
    out: Path,
    *,
    endpoint: str | None = None,
    ssl_certificate_type: str | None = None,
    lambda_arn: str | None = None,
    lambda_deploy: bool = False,
    aws_region: str = "us-east-1",
    profile: str = "default",
    public: str | None = None,
    certification: bool = False,
    model_dir: Path = MODEL_DIR,
    manifest_path: Path = SKILL_JSON,
    icon_dir: Path = ICON_DIR,
) -> list[Path]:
    """Write the ASK CLI layout into ``out``; returns the files written."""
    if sum(bool(x) for x in (endpoint, lambda_arn, lambda_deploy)) > 1:
        raise PackageError("choose one of --endpoint, --lambda-arn or --lambda")
    kb = load_kb()  # validated in full once: the models, the certification checks and the stamp use it
    load_words(kb)  # stamps the word data's built patterns, so the bundle's cold starts skip building them
    load_phrases(kb)  # and the phrases' documents, so they import no YAML parser
    models = build_all(kb)
    stale = stale_files(models, model_dir)
    if stale:
        raise PackageError(
            "interaction models are out of date with kb/: run python -m skill.devtools.interaction_model_gen "
            f"and commit ({', '.join(str(p) for p in stale)})"
        )
    manifest = with_endpoint(
        load_manifest(manifest_path),
        endpoint=endpoint,
        ssl_certificate_type=ssl_certificate_type,
        lambda_arn=lambda_arn,
        lambda_deploy=lambda_deploy,
    )
    manifest = with_store_assets(manifest, public_url(public, manifest))
    if certification:
        placeholders = placeholder_urls(manifest)
        if placeholders:
            raise PackageError(
                "for certification, every URL must be a real public address; placeholders: "
                + ", ".join(placeholders)
                + " (give --endpoint or --lambda-arn, and --public-url)"
            )
        found = cert.problems(manifest["manifest"], models, kb)
        if found:
            raise PackageError("certification checks failed: " + "; ".join(found))
    stale_pngs = stale_icons(icon_dir)
    if stale_pngs:
        raise PackageError(
            "the icons are out of date with assets/icons/icon.json: run python -m skill.devtools.icons "
            f"and commit ({', '.join(str(p) for p in stale_pngs)})"
        )
    manifest_locales = set(manifest["manifest"]["publishingInformation"]["locales"])
    if manifest_locales != set(models):
        raise PackageError(f"skill.json locales {sorted(manifest_locales)} differ from the models' {sorted(models)}")

    package_dir = out / "skill-package"
    for stale_dir in (package_dir, out / "lambda"):
        if stale_dir.exists():
            shutil.rmtree(stale_dir)
    models_dir = package_dir / "interactionModels" / "custom"
    models_dir.mkdir(parents=True)
    written = []
    skill_json = package_dir / "skill.json"
    skill_json.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(skill_json)
    for locale in models:
        target = models_dir / f"{locale}.json"
        shutil.copyfile(model_path(locale, model_dir), target)
        written.append(target)
    images = package_dir / IMAGES_DIR
    images.mkdir(parents=True)
    for size in SIZES.values():
        target = images / icon_path(size).name
        shutil.copyfile(icon_path(size, icon_dir), target)
        written.append(target)
    resources = out / "ask-resources.json"
    resources.write_text(
        json.dumps(ask_resources(profile, lambda_deploy, aws_region), indent=2) + "\n", encoding="utf-8"
    )
    written.append(resources)
    if lambda_deploy:
        code = out / "lambda"
        code.mkdir(parents=True)
        _copy_sources(code)
        requirements = code / "requirements.txt"
        requirements.write_text(lambda_requirements(), encoding="utf-8")
        written.append(requirements)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m skill.devtools.package",
        description="Assemble the ASK CLI project layout (see docs/ask-cli.md).",
    )
    hosting = parser.add_mutually_exclusive_group()
    hosting.add_argument("--endpoint", help="HTTPS URL of the web service (default: the uri in skill.json)")
    hosting.add_argument("--lambda-arn", help="ARN of a Lambda function you deploy yourself")
    hosting.add_argument(
        "--lambda",
        dest="lambda_deploy",
        action="store_true",
        help="let `ask deploy` build and deploy the code to Lambda (@ask-cli/lambda-deployer)",
    )
    parser.add_argument(
        "--ssl-certificate-type",
        choices=SSL_CERTIFICATE_TYPES,
        help="with an HTTPS endpoint (default: skill.json's, Wildcard)",
    )
    parser.add_argument(
        "--aws-region", default="us-east-1", help="with --lambda (default us-east-1, for North America)"
    )
    parser.add_argument(
        "--public-url",
        help=f"HTTPS address serving /privacy and /terms (default: ${PUBLIC_URL_ENV}, else the endpoint's origin)",
    )
    parser.add_argument(
        "--certification",
        action="store_true",
        help="refuse placeholder addresses (example.com, localhost): build what you submit for certification",
    )
    parser.add_argument("--profile", default="default", help="ASK CLI profile (default: default)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="project directory to write (default: build/ask)")
    args = parser.parse_args(argv)
    try:
        written = assemble(
            args.out,
            endpoint=args.endpoint,
            ssl_certificate_type=args.ssl_certificate_type,
            lambda_arn=args.lambda_arn,
            lambda_deploy=args.lambda_deploy,
            aws_region=args.aws_region,
            profile=args.profile,
            public=args.public_url,
            certification=args.certification,
        )
    except PackageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    print(f"next: cd {args.out} && ask deploy" + (f" --profile {args.profile}" if args.profile != "default" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
