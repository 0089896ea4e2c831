/// The CI files for a knowledge base's forge: on every push and pull
/// (merge) request, the check's findings as the forge's annotations; on a request, the review of its branch
/// against its target as the job's report; and optionally the site deployed to the forge's Pages.
///
/// policylab is built from source in the job (`source` at `ref`), in the official Swift image on
/// Debian 12 with Debian's libgit2 and cmark-gfm, as on a developer's machine.
public struct ForgeWorkflow: Sendable {
    /// The forges whose CI files can be written: GitHub and GitLab.
    public enum Forge: String, Sendable, CaseIterable {
        case github, gitlab
    }

    /// The forge the files are for.
    public var forge: Forge
    /// Also build the site and deploy it to GitHub Pages or GitLab Pages from the default branch.
    public var pages: Bool
    /// The git URL of policylab's source, and the branch or tag to build.
    public var source: String
    /// The branch or tag of policylab's source to build.
    public var ref: String

    /// The Swift image the jobs run in (Debian 12, whose libgit2 and cmark-gfm policylab is built against).
    static let image = "swift:6.2-bookworm"
    static let packages = "git libgit2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config openssh-client"

    /// The CI files for `forge`, building policylab from `source` at `ref`, deploying the site when `pages` is true.
    public init(forge: Forge, pages: Bool, source: String, ref: String) {
        self.forge = forge
        self.pages = pages
        self.source = source
        self.ref = ref
    }

    /// Where the file goes, relative to the repository root.
    public var path: String {
        switch forge {
        case .github: ".github/workflows/policylab.yml"
        case .gitlab: ".gitlab-ci.yml"
        }
    }

    /// The file's text.
    public var text: String {
        switch forge {
        case .github: github
        case .gitlab: gitlab
        }
    }

    private var github: String {
        var text = """
            # Written by `policylab ci init github`: policylab checks every push and pull request (as
            # annotations) and reviews each pull request against its target branch (as the job summary).
            name: policylab
            on:
              push:
              pull_request:
            permissions:
              contents: read
            jobs:
              policylab:
                runs-on: ubuntu-latest
                container: \(Self.image)
                env:
                  POLICYLAB_SOURCE: \(YAMLText.quoted(source))
                  POLICYLAB_REF: \(YAMLText.quoted(ref))
                steps:
                  - name: Install git and the libraries policylab uses
                    run: apt-get update -qq && apt-get install -y -qq \(Self.packages)
                  - uses: actions/checkout@v4
                    with:
                      fetch-depth: 0
                  - name: Build policylab
                    run: |
                      git clone --depth 1 --branch "$POLICYLAB_REF" "$POLICYLAB_SOURCE" "$RUNNER_TEMP/policylab"
                      swift build -c release --product policylab --package-path "$RUNNER_TEMP/policylab"
                      echo "$RUNNER_TEMP/policylab/.build/release" >> "$GITHUB_PATH"
                      git config --global --add safe.directory "$GITHUB_WORKSPACE"
                  - name: Check the knowledge base
                    run: policylab check --format github
                  - name: Review the pull request
                    if: github.event_name == 'pull_request'
                    env:
                      BASE_REF: ${{ github.base_ref }}
                      PULL_REQUEST: ${{ github.event.number }}
                    run: |
                      git fetch --no-tags origin "+refs/pull/$PULL_REQUEST/head:refs/policylab/pull" "$BASE_REF"
                      policylab review refs/policylab/pull --base "origin/$BASE_REF" --format markdown > "$RUNNER_TEMP/review.md" || status=$?
                      cat "$RUNNER_TEMP/review.md" >> "$GITHUB_STEP_SUMMARY"
                      exit ${status:-0}

            """
        if pages {
            text += """
                  pages:
                    if: github.event_name == 'push' && github.ref_name == github.event.repository.default_branch
                    needs: policylab
                    runs-on: ubuntu-latest
                    container: \(Self.image)
                    permissions:
                      contents: read
                      pages: write
                      id-token: write
                    environment:
                      name: github-pages
                    env:
                      POLICYLAB_SOURCE: \(YAMLText.quoted(source))
                      POLICYLAB_REF: \(YAMLText.quoted(ref))
                    steps:
                      - name: Install git and the libraries policylab uses
                        run: apt-get update -qq && apt-get install -y -qq \(Self.packages)
                      - uses: actions/checkout@v4
                        with:
                          fetch-depth: 0
                      - name: Build policylab and the site
                        run: |
                          git clone --depth 1 --branch "$POLICYLAB_REF" "$POLICYLAB_SOURCE" "$RUNNER_TEMP/policylab"
                          swift build -c release --product policylab --package-path "$RUNNER_TEMP/policylab"
                          git config --global --add safe.directory "$GITHUB_WORKSPACE"
                          "$RUNNER_TEMP/policylab/.build/release/policylab" site --out "$RUNNER_TEMP/site"
                      - uses: actions/upload-pages-artifact@v3
                        with:
                          path: ${{ runner.temp }}/site
                      - uses: actions/deploy-pages@v4

                """
        }
        return text
    }

    private var gitlab: String {
        var text = """
            # Written by `policylab ci init gitlab`: policylab checks every pipeline (as a Code Quality
            # report) and reviews each merge request against its target branch (policylab-review.md).
            default:
              image: \(Self.image)
            variables:
              GIT_DEPTH: "0"
              POLICYLAB_SOURCE: \(YAMLText.quoted(source))
              POLICYLAB_REF: \(YAMLText.quoted(ref))
            .policylab:
              before_script:
                - apt-get update -qq && apt-get install -y -qq \(Self.packages)
                - git clone --depth 1 --branch "$POLICYLAB_REF" "$POLICYLAB_SOURCE" /tmp/policylab
                - swift build -c release --product policylab --package-path /tmp/policylab
                - export PATH="/tmp/policylab/.build/release:$PATH"
            check:
              extends: .policylab
              script:
                - policylab check --format gitlab > gl-code-quality-report.json || true
                - policylab check
              artifacts:
                when: always
                reports:
                  codequality: gl-code-quality-report.json
            review:
              extends: .policylab
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
              script:
                - git fetch --no-tags origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
                - policylab review HEAD --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format markdown > policylab-review.md || status=$?; cat policylab-review.md; exit ${status:-0}
              artifacts:
                when: always
                expose_as: policylab review
                paths:
                  - policylab-review.md

            """
        if pages {
            text += """
                pages:
                  extends: .policylab
                  rules:
                    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
                  script:
                    - policylab site --out public --base-url "$CI_PAGES_URL"
                  artifacts:
                    paths:
                      - public

                """
        }
        return text
    }
}
