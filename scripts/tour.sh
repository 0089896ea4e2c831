#!/usr/bin/env bash
# The README's tour on a fresh knowledge base, run for real: logging a demonstrator, verifying its
# impact, and a contribution through git from a civil-society organisation's clone to the merge.
#
#   scripts/tour.sh [WORK_DIR]
#
# Prints every command the way the README shows it ("$ ", "cso$ ", "lab$ " and the command), then
# what it printed (standard output and error), with WORK_DIR written as /home/ada. Lines
# "### tour: NAME" start the part of the transcript that the README's block marked
# "<!-- tour: NAME -->" shows; the test suite (TourTests) runs this script and compares the two,
# so the README cannot drift from what the commands really print.
#
# POLICYLAB names the binary (default: .build/debug/policylab); WORK_DIR (default: a new temporary
# folder) must be empty or absent. Needs git.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
binary=${POLICYLAB:-$root/.build/debug/policylab}
work=${1:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
[ -z "$(ls -A "$work")" ] || { echo "tour.sh: $work is not empty" >&2; exit 2; }

# A clean git: no system or user configuration, branch main, fixed identities per prompt.
mkdir -p "$work/.tour/bin" "$work/.tour/home"
ln -s "$binary" "$work/.tour/bin/policylab"
export PATH="$work/.tour/bin:$PATH" HOME="$work/.tour/home" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/.tour/gitconfig"
export NO_COLOR=1 POLICYLAB_SEARCH_INDEX=off POLICYLAB_SEARCH_WATCH=off
git config --global init.defaultBranch main
git config --global advice.detachedHead false
unset POLICYLAB_KB GIT_DIR GIT_WORK_TREE

declare -A cwd=(["\$"]="$work" ["lab\$"]="$work" ["cso\$"]="$work")
declare -A names=(["\$"]="Ada Lab" ["lab\$"]="Ada Lab" ["cso\$"]="Chidi CSO")
declare -A emails=(["\$"]="ada@lab.example" ["lab\$"]="ada@lab.example" ["cso\$"]="chidi@cso.example")

section() { echo "### tour: $1"; }

# run PROMPT: the command is read from standard input, printed after the prompt, then run in that
# prompt's folder as that prompt's person; the prompt keeps the folder the command ends in.
run() {
    local prompt=$1 command
    command=$(cat)
    printf '%s %s\n' "$prompt" "$command"
    (
        cd "${cwd[$prompt]}"
        export GIT_AUTHOR_NAME="${names[$prompt]}" GIT_AUTHOR_EMAIL="${emails[$prompt]}"
        export GIT_COMMITTER_NAME="${names[$prompt]}" GIT_COMMITTER_EMAIL="${emails[$prompt]}"
        eval "$command" 2>&1 || true  # a command that fails shows its message, as in the README
        pwd > "$work/.tour/cwd"
    ) | sed "s|$work|/home/ada|g"
    cwd[$prompt]=$(cat "$work/.tour/cwd")
}

section log-a-demonstrator
run '$' <<'EOF'
policylab init my-lab --name "My Lab knowledge base"
EOF
run '$' <<'EOF'
cd my-lab
EOF
run '$' <<'EOF'
policylab method new "Citizens' jury" --phase define --phase develop \
    --summary "A small group hears evidence and recommends." --status published --level involve
EOF
run '$' <<'EOF'
policylab project new "Atelier à Paris" --commissioner "Ville de Paris" \
    --summary "Workshops with residents." --demonstrator --method citizens-jury --status active
EOF
run '$' <<'EOF'
policylab project stakeholder add atelier-a-paris --name "Quartier Libre" --kind cso --contact hello@ql.example
EOF
run '$' <<'EOF'
policylab project stakeholder add atelier-a-paris --name "Ana Pérez" --kind citizen-group --private
EOF
run '$' <<'EOF'
policylab project milestone add atelier-a-paris "Publish the workshop report" --due 2020-06-30 --measure "report online"
EOF
run '$' <<'EOF'
policylab project milestone done atelier-a-paris "Publish the workshop report" --on 2020-06-20
EOF
run '$' <<'EOF'
policylab project milestone add atelier-a-paris "Survey participants" --due 2020-09-30
EOF
run '$' <<'EOF'
policylab project milestone set-outcome atelier-a-paris "Survey participants" --outcome not-reported
EOF
run '$' <<'EOF'
policylab project set atelier-a-paris --status delivered --started 2020-03-02 --ended 2020-07-01 --tag paris
EOF
run '$' <<'EOF'
echo "Notes of the interviews, kept private." > notes.md
EOF
run '$' <<'EOF'
policylab evidence link atelier-a-paris --title "Interview notes" --kind interview-notes \
    --file notes.md --access restricted
EOF
run '$' <<'EOF'
policylab evidence link atelier-a-paris --title "Report" --kind report \
    --url https://example.org/r.pdf --access public --strength 2
EOF
run '$' <<'EOF'
policylab lesson new "Plan for accessibility" --summary "Book step-free venues." \
    --project atelier-a-paris --status published
EOF
run '$' <<'EOF'
git log --oneline
EOF

section verify-impact
run '$' <<'EOF'
policylab impact claim atelier-a-paris "120 residents took part in 6 workshops" --kind participation --evidence report
EOF
run '$' <<'EOF'
policylab impact request atelier-a-paris/120-residents-took-part-in-6 --stakeholder quartier-libre
EOF
run '$' <<'EOF'
policylab list claims
EOF
run '$' <<'EOF'
policylab impact verify atelier-a-paris/120-residents-took-part-in-6 --stakeholder quartier-libre \
    --verdict confirmed --note "ok by email"
EOF
run '$' <<'EOF'
policylab show atelier-a-paris/120-residents-took-part-in-6
EOF

section one-mistake
run '$' <<'EOF'
sed -i 's/^title: "Atelier à Paris"/title: "Atelier à Paris/' projects/atelier-a-paris/project.md
EOF
run '$' <<'EOF'
policylab check
EOF
run '$' <<'EOF'
git checkout projects/atelier-a-paris/project.md
EOF

section publish
run '$' <<'EOF'
policylab summary atelier-a-paris --date 2020-07-15
EOF

# The lab's knowledge base is my-lab; the contributor works in a clone of their own, cso.
cwd["lab\$"]="$work/my-lab"
section contribute
run 'lab$' <<'EOF'
git init --quiet --bare ../kb.git && git remote add origin ../kb.git && git push --quiet origin main
EOF
run 'cso$' <<'EOF'
git clone --quiet kb.git cso && cd cso
EOF
run 'cso$' <<'EOF'
git switch --quiet -c add-world-cafe
EOF
run 'cso$' <<'EOF'
policylab method new "World café" --phase discover --phase develop --status published --level involve \
    --summary "Small groups talk at tables and move on, so that ideas travel between them."
EOF
run 'cso$' <<'EOF'
git push --quiet origin add-world-cafe
EOF
run 'lab$' <<'EOF'
git fetch --quiet origin
EOF
run 'lab$' <<'EOF'
policylab review origin/add-world-cafe
EOF
run 'lab$' <<'EOF'
policylab review approve origin/add-world-cafe
EOF
run 'lab$' <<'EOF'
policylab merge origin/add-world-cafe
EOF
run 'lab$' <<'EOF'
policylab sync origin
EOF
run 'lab$' <<'EOF'
policylab history method:world-cafe
EOF
