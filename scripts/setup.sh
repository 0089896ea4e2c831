#!/usr/bin/env bash
# Installs the Debian packages policylab builds against (and chromium, which the site tests drive), when missing.
set -euo pipefail
packages=(libgit2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config git openssh-client chromium)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
