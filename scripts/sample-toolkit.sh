#!/usr/bin/env bash
# Builds a made-up Jekyll-style toolkit (not real data: invented methods, editors and dates) in a
# new git repository at DIR, for trying `policylab import collection` (the README's worked example):
# five commits by three editors, a rename, a template, a file without an extension, a heading that
# maps to no section, and a past version with a value the map does not know. Its map is DIR/toolkit-map.yaml.
# Usage: scripts/sample-toolkit.sh DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
DIR=$1
[ ! -e "$DIR" ] || { echo "$DIR exists already" >&2; exit 2; }
mkdir -p "$DIR/_methods"
cd "$DIR"
git init -q -b main
commit() { # commit NAME EMAIL DATE MESSAGE
  git add -A
  GIT_AUTHOR_NAME="$1" GIT_AUTHOR_EMAIL="$2" GIT_AUTHOR_DATE="$3" \
    GIT_COMMITTER_NAME="$1" GIT_COMMITTER_EMAIL="$2" GIT_COMMITTER_DATE="$3" git commit -q -m "$4"
}
cat > toolkit-map.yaml <<'EOF'
folder: _methods
repository: sample-toolkit
keys:
  description: summary
  category: phases
  timeRequired: time_needed
  permalink: aliases
  redirect_from: aliases
values:
  phases: {Explore: discover, Design: develop, Deliver: deliver}
sections:
  When to use: When to use it
  How to do it: How to start
defaults:
  status: published
skip: [_template.md]
drop: [layout]
EOF
cat > _methods/user_interviews.md <<'EOF'
---
layout: method
title: User interviews
description: One-to-one conversations with the people a policy affects.
category: Explore
permalink: /methods/user-interviews/
---
## When to use

Early, before a problem is defined.
EOF
commit "Editor One" one@example.org 2018-03-01T10:00:00+00:00 "Add user interviews"
printf -- '---\nlayout: method\ntitle: TEMPLATE\n---\n' > _methods/_template.md
printf 'not a method\n' > _methods/NOTES
cat >> _methods/user_interviews.md <<'EOF'

## How to do it

1. Recruit participants.
EOF
commit "Editor Two" two@example.org 2018-06-01T10:00:00+01:00 "Say how to run interviews"
git mv _methods/user_interviews.md _methods/interviews.md
commit "Editor One" one@example.org 2019-01-15T09:00:00+00:00 "Rename user interviews to interviews"
cat > _methods/prototyping.md <<'EOF'
---
layout: method
title: Prototyping
description: Build a rough version of a service or policy to test it with users.
category: [Design, Reflect]
---
## How to do it
Start with paper.
EOF
commit "Editor Three" three@example.org 2019-05-01T12:00:00+02:00 "Add prototyping"
cat > _methods/prototyping.md <<'EOF'
---
layout: method
title: Prototyping
description: Build a rough version of a service or policy to test it with users.
category: [Design, Deliver]
timeRequired: 2-4 weeks
---
## How to do it
Start with paper.

## Our notes
Internal.
EOF
commit "Editor Two" two@example.org 2019-07-01T08:30:00+01:00 "Prototyping: phases and time"
