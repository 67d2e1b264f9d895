"""Differential test: the C++ (CLI --json), C (tc_report_json) and Python front ends give
identical JSON for the same inputs."""
import os
import subprocess

import pytest

import tailorcore
from conftest import EXAMPLES

CLI = os.environ.get("TAILORCORE_CLI")
C_JSON = os.environ.get("TAILORCORE_C_JSON")


@pytest.mark.skipif(not (CLI and C_JSON), reason="TAILORCORE_CLI and TAILORCORE_C_JSON are set by ctest")
@pytest.mark.parametrize("resume,posting", [("resume-en", "posting-en"), ("resume-ru", "posting-ru"),
                                            ("resume-ru", "posting-en")])
def test_cpp_c_and_python_give_identical_json(resume, posting):
    resume_path = EXAMPLES / f"{resume}.txt"
    posting_path = EXAMPLES / f"{posting}.txt"
    cpp = subprocess.run([CLI, "compare", "--json", str(resume_path), str(posting_path)],
                         capture_output=True, text=True, check=True).stdout
    c = subprocess.run([C_JSON, str(resume_path), str(posting_path)],
                       capture_output=True, text=True, check=True).stdout
    python = tailorcore.compare(resume_path.read_text(encoding="utf-8"),
                                posting_path.read_text(encoding="utf-8")).to_json()
    assert cpp.rstrip("\n") == python
    assert c.rstrip("\n") == python


@pytest.mark.skipif(not (CLI and C_JSON), reason="TAILORCORE_CLI and TAILORCORE_C_JSON are set by ctest")
@pytest.mark.parametrize("resume,posting", [("resume-en", "posting-en"), ("resume-ru", "posting-ru")])
def test_tailor_json_is_identical_from_cpp_c_and_python(resume, posting):
    resume_path = EXAMPLES / f"{resume}.txt"
    posting_path = EXAMPLES / f"{posting}.txt"
    cpp = subprocess.run([CLI, "tailor", "--format", "json", str(resume_path), str(posting_path)],
                         capture_output=True, text=True, check=True).stdout
    c = subprocess.run([C_JSON, str(resume_path), str(posting_path), "--tailor"],
                       capture_output=True, text=True, check=True).stdout
    python = tailorcore.tailor(resume_path.read_text(encoding="utf-8"),
                               posting_path.read_text(encoding="utf-8")).to_json()
    assert cpp.rstrip("\n") == python
    assert c.rstrip("\n") == python
