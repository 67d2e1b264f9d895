"""Builds the Python module with CMake for `pip install .` (pyproject.toml).

The CMake build directory is $TAILORCORE_BUILD_DIR, else build/ in the source tree (what
scripts/setup.sh makes); an existing, up-to-date build is reused, so installing costs a copy.
A new build directory is configured for the interpreter that runs pip (-DTAILORCORE_PYTHON); an
existing one keeps its own (Debian's /usr/bin/python3: make the venv from it).
"""
import glob
import os
import shutil
import subprocess
import sys

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

ROOT = os.path.dirname(os.path.abspath(__file__))
# setup.cfg puts setuptools' own files here; egg_info needs the folder to exist.
os.makedirs(os.path.join(ROOT, "build", "setuptools"), exist_ok=True)


class BuildWithCMake(build_py):
    def run(self):
        super().run()
        build = os.environ.get("TAILORCORE_BUILD_DIR", os.path.join(ROOT, "build"))
        # The interpreter the module is for: the one outside any virtual environment.
        python = getattr(sys, "_base_executable", sys.executable)
        if not os.path.exists(os.path.join(build, "CMakeCache.txt")):
            subprocess.check_call(["cmake", "-S", ROOT, "-B", build, f"-DTAILORCORE_PYTHON={python}"])
        subprocess.check_call(["cmake", "--build", build, "--target", "tailorcore_python",
                               "-j", str(os.cpu_count() or 2)])
        modules = glob.glob(os.path.join(build, "python", "tailorcore", "_core*.so"))
        if not modules:
            sys.exit(f"tailorcore: no _core module in {build}/python/tailorcore")
        target = os.path.join(self.build_lib, "tailorcore")
        os.makedirs(target, exist_ok=True)
        for module in modules:
            shutil.copy2(module, target)


class BinaryDistribution(Distribution):
    """The package holds a compiled module: its wheel is for this platform and Python."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildWithCMake}, distclass=BinaryDistribution)
