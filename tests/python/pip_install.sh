#!/usr/bin/env bash
# `pip install .` into a fresh virtual environment, offline, as docs/python.md says, and the
# installed package works from outside the source tree (tests/CMakeLists.txt: python.pip_install).
# Usage: pip_install.sh BUILD_DIR
set -euo pipefail
build="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 -m venv --system-site-packages "$work/venv"
TAILORCORE_BUILD_DIR="$build" "$work/venv/bin/pip" install --quiet --no-build-isolation --no-index "$root"
cd "$work"
"$work/venv/bin/python" - "$root" "$work/venv" <<'PY'
import pathlib, sys
import tailorcore
root, venv = pathlib.Path(sys.argv[1]), sys.argv[2]
assert tailorcore.__file__.startswith(venv), tailorcore.__file__
installed = pathlib.Path(tailorcore.__file__).parent
assert (installed / "py.typed").exists() and (installed / "__init__.pyi").exists()
report = tailorcore.compare((root / "examples/resume-en.txt").read_text(), (root / "examples/posting-en.txt").read_text())
assert report.score > 0, report
print("installed", tailorcore.__version__, "in", installed, "score", report.score)
PY
"$work/venv/bin/pip" uninstall --quiet --yes tailorcore
if "$work/venv/bin/python" -c "import tailorcore" 2>/dev/null; then
  echo "FAIL: tailorcore still importable after pip uninstall"; exit 1
fi
echo "pip install and uninstall: ok"
