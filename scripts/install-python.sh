#!/usr/bin/env bash
# Builds tailorcore (scripts/setup.sh) and installs the Python package into Debian's
# /usr/bin/python3 (site-packages for local software: /usr/local/lib/python3.X/dist-packages).
# Offline: everything comes from Debian's packages. Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo cmake --install build --component python
/usr/bin/python3 -c "import tailorcore; print('tailorcore', tailorcore.__version__, 'installed for', __import__('sys').executable)"
