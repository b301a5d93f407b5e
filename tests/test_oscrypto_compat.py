"""The oscrypto version-parsing fix: still needed, still working, and out of the way when not.

Each check that depends on what a fresh interpreter imports runs in a subprocess, so the
answer does not depend on what other tests imported first.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from skill.serving import oscrypto_compat

ROOT = Path(__file__).resolve().parents[1]

# Prints the local libcrypto version string (found the way oscrypto finds it) and whether
# oscrypto imports on its own.
_PROBE_UNPATCHED = textwrap.dedent(
    """
    import ctypes, ctypes.util, json
    lib = ctypes.CDLL(ctypes.util.find_library("crypto"))
    lib.OpenSSL_version.restype = ctypes.c_char_p
    lib.OpenSSL_version.argtypes = [ctypes.c_int]
    result = {"version_string": lib.OpenSSL_version(0).decode()}
    try:
        import oscrypto._openssl._libcrypto
        result["import_ok"] = True
    except Exception as error:
        result["import_ok"] = False
        result["error"] = "%s: %s" % (type(error).__name__, error)
    print(json.dumps(result))
    """
)


def _run(code: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, f"probe failed:\n{done.stdout}\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_fix_is_still_needed() -> None:
    """Fails, on purpose, the day a fixed oscrypto is installed: then delete the workaround."""
    assert oscrypto_compat.installed_source_needs_patch(), (
        "oscrypto is fixed: the installed oscrypto no longer has the single-digit OpenSSL "
        "version regex. Remove skill/serving/oscrypto_compat.py and its install() call in "
        "skill/serving/__init__.py."
    )
    probe = _run(_PROBE_UNPATCHED)
    version = re.search(r"(\d+)\.(\d+)\.(\d+)", probe["version_string"])
    if version is None or all(len(part) == 1 for part in version.groups()):
        pytest.skip(
            f"local libcrypto ({probe['version_string']}) has single-digit parts: "
            "cannot tell here whether oscrypto is fixed"
        )
    assert not probe["import_ok"], (
        "oscrypto is fixed: remove skill/serving/oscrypto_compat.py (unpatched oscrypto now imports "
        f"with {probe['version_string']})"
    )
    assert "Error detecting the version of libcrypto" in probe.get("error", ""), (
        f"unpatched oscrypto fails for another reason than the version regex: {probe.get('error')}"
    )


@pytest.mark.parametrize("ffi", ["cffi", "ctypes"])
def test_with_the_fix_oscrypto_reads_the_real_version_and_verifies_signatures(ffi: str) -> None:
    """Importing the web service applies the fix; certvalidator's crypto then really works."""
    code = textwrap.dedent(
        f"""
        import json, ctypes, ctypes.util
        import oscrypto
        if {ffi!r} == "ctypes":
            oscrypto.use_ctypes()
        import skill.serving.webservice  # applies the fix (in skill.serving.certificates), imports certvalidator
        import certvalidator
        from oscrypto import asymmetric
        from oscrypto._openssl import _libcrypto
        import sys
        lib = ctypes.CDLL(ctypes.util.find_library("crypto"))
        lib.OpenSSL_version.restype = ctypes.c_char_p
        lib.OpenSSL_version.argtypes = [ctypes.c_int]
        public, private = asymmetric.generate_pair("rsa", bit_size=2048)
        signature = asymmetric.rsa_pkcs1v15_sign(private, b"alexa", "sha256")
        asymmetric.rsa_pkcs1v15_verify(public, signature, b"alexa", "sha256")
        try:
            asymmetric.rsa_pkcs1v15_verify(public, signature, b"changed", "sha256")
            forged = "accepted"
        except oscrypto.errors.SignatureError:
            forged = "refused"
        print(json.dumps({{
            "version_string": lib.OpenSSL_version(0).decode(),
            "version_info": list(_libcrypto.libcrypto_version_info),
            "ffi": oscrypto.ffi(),
            "module": "oscrypto._openssl._libcrypto_" + oscrypto.ffi() in sys.modules,
            "forged": forged,
        }}))
        """
    )
    probe = _run(code)
    expected = [int(part) for part in re.search(r"(\d+)\.(\d+)\.(\d+)", probe["version_string"]).groups()]
    assert probe["ffi"] == ffi, f"oscrypto used {probe['ffi']}, expected {ffi}"
    assert probe["version_info"][:3] == expected, (
        f"oscrypto read libcrypto version {probe['version_info']} from {probe['version_string']!r}"
    )
    assert probe["forged"] == "refused", "oscrypto accepted a signature over different data"


def test_patch_widens_only_the_version_expressions() -> None:
    source = (
        "x = 1\n"
        "version_match = re.search('\\\\b(\\\\d\\\\.\\\\d\\\\.\\\\d[a-z]*)\\\\b', version_string)\n"
        "version_match = re.search('(?<=LibreSSL )(\\\\d\\\\.\\\\d(\\\\.\\\\d)?)\\\\b', version_string)\n"
    )
    patched = oscrypto_compat.patched_source(source)
    assert patched is not None, "oscrypto 1.3.0's expression was not recognised"
    assert patched.splitlines()[0] == "x = 1", "the patch changed unrelated code"
    namespace: dict[str, Any] = {}
    exec(
        "import re\nversion_string = 'OpenSSL 3.0.19 27 Jan 2026'\n" + patched.split("\n", 1)[1].split("\n")[0],
        namespace,
    )
    assert namespace["version_match"].group(1) == "3.0.19"


def test_patch_steps_aside_for_a_fixed_oscrypto() -> None:
    fixed = "version_match = re.search('\\\\b(\\\\d+\\\\.\\\\d+\\\\.\\\\d+[a-z]*)\\\\b', version_string)\n"
    assert oscrypto_compat.patched_source(fixed) is None, "the compat would re-patch an oscrypto that is already fixed"


def test_install_is_idempotent() -> None:
    oscrypto_compat.install()
    oscrypto_compat.install()
    finders = [f for f in sys.meta_path if isinstance(f, oscrypto_compat.OscryptoVersionFinder)]
    assert len(finders) == 1, f"install() added {len(finders)} finders"
