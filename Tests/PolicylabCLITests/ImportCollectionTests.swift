import Foundation
import PolicylabTestSupport
import Testing

/// `import collection`: a Jekyll-style toolkit built here as a fixture (made-up methods, authors
/// and dates, not real data) in a git repository with several authors, a rename, a file without
/// an extension, a template, headings that map and one that does not, and invalid values.
@Suite("import collection end to end")
struct ImportCollectionTests {
    static let map = """
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

        """

    /// Commits everything in `source` as `author` at `date` (the committer too, as a person's own commit).
    func commit(_ source: String, _ author: String, _ email: String, _ date: String, _ message: String) throws {
        try git(["add", "-A"], in: source)
        let identity = [
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": date,
        ]
        try GitProgram.git(["commit", "-q", "-m", message], in: source, home: CLI.emptyHome, identity: identity)
    }

    /// The fixture toolkit at `dir/source`, with its map at `dir/map.yaml`; returns the source's path.
    func sampleToolkit(_ dir: String) throws -> String {
        let source = dir + "/source"
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        try git(["init", "-q", "-b", "main"], in: source)
        try CLI.write(Self.map, to: dir + "/map.yaml")
        try CLI.write(
            """
            ---
            layout: method
            title: User interviews
            description: One-to-one conversations with the people a policy affects.
            category: Explore
            permalink: /methods/user-interviews/
            ---
            ## When to use

            Early, before a problem is defined.

            """, to: source + "/_methods/user_interviews.md")
        try commit(source, "Editor One", "one@example.org", "2018-03-01T10:00:00+00:00", "Add user interviews")
        try CLI.write("---\nlayout: method\ntitle: TEMPLATE\n---\n", to: source + "/_methods/_template.md")
        try CLI.write("not a method\n", to: source + "/_methods/NOTES")
        try CLI.write(
            """
            ---
            layout: method
            title: User interviews
            description: One-to-one conversations with the people a policy affects.
            category: Explore
            permalink: /methods/user-interviews/
            ---
            ## When to use

            Early, before a problem is defined.

            ## How to do it

            1. Recruit participants.

            """, to: source + "/_methods/user_interviews.md")
        try commit(source, "Editor Two", "two@example.org", "2018-06-01T10:00:00+01:00", "Say how to run interviews")
        try git(["mv", "_methods/user_interviews.md", "_methods/interviews.md"], in: source)
        try commit(source, "Editor One", "one@example.org", "2019-01-15T09:00:00+00:00", "Rename user interviews to interviews")
        try CLI.write(
            """
            ---
            layout: method
            title: Prototyping
            description: Build a rough version of a service or policy to test it with users.
            category: [Design, Reflect]
            ---
            ## How to do it
            Start with paper.

            """, to: source + "/_methods/prototyping.md")
        try commit(source, "Editor Three", "three@example.org", "2019-05-01T12:00:00+02:00", "Add prototyping")
        try CLI.write(
            """
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

            """, to: source + "/_methods/prototyping.md")
        try commit(source, "Editor Two", "two@example.org", "2019-07-01T08:30:00+01:00", "Prototyping: phases and time")
        return source
    }

    /// `git`'s output without its final line break.
    @discardableResult
    func git(_ arguments: [String], in directory: String) throws -> String {
        try CLI.git(arguments, in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func initialised(_ dir: String) throws -> String {
        let run = try CLI.policylab(["init", "kb"], in: dir)
        try #require(run.status == 0, "\(run)")
        return dir + "/kb"
    }

    static let interviews = """
        ---
        id: interviews
        title: "User interviews"
        summary: "One-to-one conversations with the people a policy affects."
        phases: [discover]
        status: published
        aliases: [user-interviews]
        ---
        ## When to use it

        Early, before a problem is defined.

        ## How to start

        1. Recruit participants.

        """

    static let prototyping = """
        ---
        id: prototyping
        title: "Prototyping"
        summary: "Build a rough version of a service or policy to test it with users."
        phases: [develop, deliver]
        status: published
        time_needed: "2-4 weeks"
        ---
        ## How to start
        Start with paper.

        ## Our notes
        Internal.

        """

    static let warnings = """
        source/_methods/NOTES: warning: has no .md extension, so it is not imported (rename it, or list it under the map's 'skip')
        source/_methods/_template.md: warning: skipped by the map's 'skip' list
        source/_methods/prototyping.md:11:1: warning: heading 'Our notes' maps to no section of a method (When to use it, How to start, Things to watch, Considerations in government, Examples), so it is kept as it is; map it under 'sections'

        """

    /// A plain import: the converted records in one commit, the warnings on standard error; a dry
    /// run before it writes nothing; a second run changes nothing.
    @Test func plainImportConvertsOnceAndRerunsToNothing() throws {
        try CLI.withTemporaryDirectory { dir in
            _ = try sampleToolkit(dir)
            let kb = try initialised(dir)
            let before = try git(["rev-parse", "HEAD"], in: kb)
            let dry = try CLI.policylab(["import", "collection", "../source", "--map", "../map.yaml", "--dry-run"], in: kb)
            #expect(dry.status == 0, "\(dry)")
            #expect(dry.stdout.contains("would write toolkit/methods/interviews.md:\n" + Self.interviews))
            #expect(dry.stdout.hasSuffix("would import 2 methods in 1 commit\n"), "\(dry)")
            #expect(try git(["rev-parse", "HEAD"], in: kb) == before)
            #expect(!FileManager.default.fileExists(atPath: kb + "/toolkit/methods/interviews.md"))

            let run = try CLI.policylab(["import", "collection", "../source", "--map", "../map.yaml"], in: kb)
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr == Self.warnings.replacingOccurrences(of: "source/", with: ""), "\(run)")
            #expect(try git(["rev-parse", "HEAD~1"], in: kb) == before, "one commit")
            #expect(try String(contentsOfFile: kb + "/toolkit/methods/interviews.md", encoding: .utf8) == Self.interviews)
            #expect(try String(contentsOfFile: kb + "/toolkit/methods/prototyping.md", encoding: .utf8) == Self.prototyping)
            let sourceHead = try git(["rev-parse", "HEAD"], in: dir + "/source")
            #expect(
                try git(["log", "-1", "--format=%B"], in: kb)
                    == "import: 2 methods from sample-toolkit\n\nPolicylab-Command: import collection\nPolicylab-Imported-From: sample-toolkit \(sourceHead)"
            )
            #expect(try git(["status", "--porcelain"], in: kb) == "")
            #expect(try CLI.policylab(["check"], in: kb).status == 0)

            let head = try git(["rev-parse", "HEAD"], in: kb)
            let again = try CLI.policylab(["import", "collection", "../source", "--map", "../map.yaml"], in: kb)
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout == "nothing to import: the knowledge base already holds the 2 methods as the source makes them\n")
            #expect(try git(["rev-parse", "HEAD"], in: kb) == head)
        }
    }

    /// `--history`: one commit per source commit that changed an imported file, with its author,
    /// date and message and the trailer; the rename is followed, so `history` shows the first
    /// author; a past version policylab refuses is left out with a warning; a rerun changes
    /// nothing, and a new source commit adds exactly one commit.
    @Test func historyKeepsTheAuthorsAndRerunsIncrementally() throws {
        try CLI.withTemporaryDirectory { dir in
            let source = try sampleToolkit(dir)
            let kb = try initialised(dir)
            let before = try git(["rev-parse", "HEAD"], in: kb)
            let run = try CLI.policylab(["import", "collection", "../source", "--map", "../map.yaml", "--history"], in: kb)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.hasSuffix("imported 2 methods in 3 commits\ncommit \(try git(["rev-parse", "HEAD"], in: kb))\n"), "\(run)")
            #expect(
                run.stderr.contains(
                    "_methods/prototyping.md:5:20: warning: in source commit "
                        + String(try git(["rev-parse", "HEAD~1"], in: source).prefix(7))
                        + ": this version is left out: value 'Reflect' of 'category' is not in the map's values for 'phases'"), "\(run)")
            let log = try git(["log", "--format=%an <%ae> %aI %s", "\(before)..HEAD"], in: kb)
            // The rename changed no converted file (the id is the file's name in the revision), and the
            // version of "Add prototyping" was refused: that commit adds the record in its next version.
            #expect(
                log == """
                    Editor Two <two@example.org> 2019-07-01T08:30:00+01:00 Prototyping: phases and time
                    Editor Two <two@example.org> 2018-06-01T10:00:00+01:00 Say how to run interviews
                    Editor One <one@example.org> 2018-03-01T10:00:00+00:00 Add user interviews
                    """, "\(log)")
            let sourceCommits = try git(["log", "--format=%H %s"], in: source).split(separator: "\n")
            for line in try git(["log", "--format=%B%x00", "\(before)..HEAD"], in: kb).split(separator: "\0") {
                let message = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let subject = message.split(separator: "\n").first else { continue }
                let original = sourceCommits.first { $0.hasSuffix(" " + subject) }
                #expect(original != nil, "\(subject)")
                let hash = original.map { String($0.prefix(40)) } ?? ""
                #expect(message.hasSuffix("Policylab-Command: import collection\nPolicylab-Imported-From: sample-toolkit \(hash)"), "\(message)")
            }
            #expect(try String(contentsOfFile: kb + "/toolkit/methods/interviews.md", encoding: .utf8) == Self.interviews)
            #expect(try String(contentsOfFile: kb + "/toolkit/methods/prototyping.md", encoding: .utf8) == Self.prototyping)
            #expect(try git(["status", "--porcelain"], in: kb) == "")

            let history = try CLI.policylab(["history", "method:interviews"], in: kb)
            #expect(history.status == 0, "\(history)")
            #expect(history.stdout.contains("2018-06-01 Editor Two <two@example.org>  Say how to run interviews"), "\(history)")
            #expect(history.stdout.contains("2018-03-01 Editor One <one@example.org>  Add user interviews"), "\(history)")

            let head = try git(["rev-parse", "HEAD"], in: kb)
            let again = try CLI.policylab(["import", "collection", "../source", "--map", "../map.yaml", "--history"], in: kb)
            #expect(again.stdout == "nothing to import: the knowledge base already holds the 2 methods as the source makes them\n", "\(again)")
            #expect(try git(["rev-parse", "HEAD"], in: kb) == head)

            var text = try String(contentsOfFile: source + "/_methods/interviews.md", encoding: .utf8)
            text += "\n## Things to watch\nLeading questions.\n"
            try CLI.write(text, to: source + "/_methods/interviews.md")
            try commit(source, "Editor Three", "three@example.org", "2020-02-02T10:00:00+00:00", "Interviews: what to watch")
            let more = try CLI.policylab(["import", "collection", "../source", "--map", "../map.yaml", "--history"], in: kb)
            #expect(more.status == 0, "\(more)")
            #expect(more.stdout.contains("imported 2 methods in 1 commit\n"), "\(more)")
            #expect(try git(["rev-parse", "HEAD~1"], in: kb) == head)
            #expect(try git(["log", "-1", "--format=%an %s"], in: kb) == "Editor Three Interviews: what to watch")
        }
    }

    /// Bad input stops the import before anything is written, with every problem at its source
    /// file and line: a value the table lacks, a summary check refuses, broken YAML, a control
    /// character, a file too large, an id collision; links and submodules are reported.
    @Test func badInputIsListedAndNothingIsWritten() throws {
        try CLI.withTemporaryDirectory { dir in
            let source = try sampleToolkit(dir)
            let methods = source + "/_methods/"
            try CLI.write(
                "---\ntitle: Bad\ndescription: \(String(repeating: "x", count: 301))\ncategory: Reflect\n---\nbody\n", to: methods + "bad.md")
            try CLI.write("---\ntitle: [oops\n---\n", to: methods + "broken.md")
            try CLI.write("---\ntitle: \"Bell\\u0007\"\ndescription: d\ncategory: Explore\n---\n", to: methods + "bell.md")
            try CLI.write("---\ntitle: Twin\ndescription: d\ncategory: Explore\n---\n", to: methods + "sub/interviews.md")
            try CLI.write(String(repeating: "a", count: (1 << 20) + 10), to: methods + "huge.md")
            try FileManager.default.createSymbolicLink(atPath: methods + "link.md", withDestinationPath: "/etc/passwd")
            try git(["add", "-A"], in: source)
            let head = try git(["rev-parse", "HEAD"], in: source)
            try git(["update-index", "--add", "--cacheinfo", "160000,\(head),_methods/module"], in: source)
            try git(["commit", "-q", "-m", "bad files"], in: source)
            let kb = try initialised(dir)
            let before = try git(["rev-parse", "HEAD"], in: kb)
            let run = try CLI.policylab(["import", "collection", "../source", "--map", "../map.yaml"], in: kb)
            #expect(run.status == 1, "\(run)")
            #expect(run.stdout == "")
            #expect(
                run.stderr == """
                    policylab: error: the import was stopped before writing anything:
                    _methods/NOTES: warning: has no .md extension, so it is not imported (rename it, or list it under the map's 'skip')
                    _methods/_template.md: warning: skipped by the map's 'skip' list
                    _methods/bad.md:1:1: error: missing required key 'phases' (imported as toolkit/methods/bad.md)
                    _methods/bad.md:3:1: error: 'summary' is 301 characters; keep it to one or two sentences (at most 300) (imported as toolkit/methods/bad.md)
                    _methods/bad.md:4:11: error: value 'Reflect' of 'category' is not in the map's values for 'phases' (it lists 'Deliver', 'Design', 'Explore')
                    _methods/bell.md:2:1: error: 'title' holds bell (U+0007): remove it (control characters can hide text on a terminal and break feeds and pages) (imported as toolkit/methods/bell.md)
                    _methods/broken.md:3:1: error: YAML syntax error: while parsing a flow sequence did not find expected ',' or ']' (the construct started at line 2)
                    _methods/huge.md: error: file is larger than 1 MiB (1048576 bytes), the limit for a record
                    _methods/link.md: warning: is a symbolic link, which is never followed; not imported
                    _methods/module: warning: is a submodule; not imported
                    _methods/prototyping.md:11:1: warning: heading 'Our notes' maps to no section of a method (When to use it, How to start, Things to watch, Considerations in government, Examples), so it is kept as it is; map it under 'sections'
                    _methods/sub/interviews.md:1:1: error: id 'interviews' is also the id of _methods/interviews.md; give one of them another file name or permalink, or skip one

                    """, "\(run)")
            #expect(try git(["rev-parse", "HEAD"], in: kb) == before)
            #expect(try git(["status", "--porcelain"], in: kb) == "")
        }
    }

    /// A map with mistakes is refused with each at its line and column; a plain folder imports
    /// (without history); a kind that cannot be imported is a usage error.
    @Test func mapErrorsFoldersAndUsage() throws {
        try CLI.withTemporaryDirectory { dir in
            _ = try sampleToolkit(dir)
            let kb = try initialised(dir)
            try CLI.write("folder: _methods\nsectons: {}\nkeys:\n  description: sumary\n", to: dir + "/bad-map.yaml")
            let bad = try CLI.policylab(["import", "collection", "../source", "--map", "../bad-map.yaml"], in: kb)
            #expect(bad.status == 1)
            #expect(
                bad.stderr == """
                    policylab: error: the import was stopped before writing anything:
                    ../bad-map.yaml:2:1: error: unknown key 'sectons' in the import map (did you mean 'sections'?)
                    ../bad-map.yaml:4:16: error: record key 'sumary' is not a key of a method record (did you mean 'summary'?)

                    """, "\(bad)")
            try CLI.write("id: slug\nkeys: [a]\n", to: dir + "/bad-map.yaml")
            let shapes = try CLI.policylab(["import", "collection", "../source", "--map", "../bad-map.yaml"], in: kb)
            #expect(shapes.stderr.hasSuffix("../bad-map.yaml:1:5: error: 'id': expected one of file-name, permalink\n"), "\(shapes)")

            try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: dir + "/source/_methods", toPath: dir + "/folder/_methods")
            let history = try CLI.policylab(["import", "collection", "../folder", "--map", "../map.yaml", "--history"], in: kb)
            #expect(history.status == 2, "\(history)")
            #expect(history.stderr.contains("is a plain folder, not a git repository, so it has no history to import"), "\(history)")
            let folder = try CLI.policylab(["import", "collection", "../folder", "--map", "../map.yaml"], in: kb)
            #expect(folder.status == 0, "\(folder)")
            #expect(try String(contentsOfFile: kb + "/toolkit/methods/prototyping.md", encoding: .utf8) == Self.prototyping)
            let kind = try CLI.policylab(["import", "collection", "../source", "--kind", "project"], in: kb)
            #expect(kind.status == 2)
            #expect(kind.stderr == "policylab: error: cannot import records of kind 'project'; import collection writes method or lesson\n")
        }
    }
    /// A past version that the knowledge base of its time refuses (it relates to a method written
    /// later) is left out with a warning; the closing commit brings it to the source's revision.
    @Test func aRefusedPastVersionIsLeftOutAndBroughtInAtTheEnd() throws {
        try CLI.withTemporaryDirectory { dir in
            let source = dir + "/source"
            try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
            try CLI.git(["init", "-q", "-b", "main"], in: source)
            try CLI.write("keys: {see: related}\ndefaults: {status: draft, phases: [discover]}\n", to: dir + "/map.yaml")
            try CLI.write("---\ntitle: A\nsummary: First.\nsee: [b]\n---\n", to: source + "/a.md")
            try commit(source, "Editor One", "one@example.org", "2018-03-01T10:00:00+00:00", "Add a")
            try CLI.write("---\ntitle: B\nsummary: Second.\n---\n", to: source + "/b.md")
            try commit(source, "Editor Two", "two@example.org", "2018-04-01T10:00:00+00:00", "Add b")
            let kb = try initialised(dir)
            let before = try git(["rev-parse", "HEAD"], in: kb)
            let run = try CLI.policylab(
                ["import", "collection", "../source", "--map", "../map.yaml", "--history"], in: kb,
                environment: ["GIT_AUTHOR_NAME": "Lab Maintainer", "GIT_AUTHOR_EMAIL": "maintainer@example.org"])
            #expect(run.status == 0, "\(run)")
            let first = String(try git(["rev-parse", "HEAD~1"], in: source).prefix(7))
            #expect(
                run.stderr
                    == "a.md:4:1: warning: in source commit \(first): this version is left out, as policylab would refuse it: 'related' names unknown method 'b' (did you mean 'a'?) (imported as toolkit/methods/a.md)\n",
                "\(run)")
            let sourceHead = try git(["rev-parse", "HEAD"], in: source)
            #expect(
                try git(["log", "--format=%an: %s", "\(before)..HEAD"], in: kb)
                    == """
                    Lab Maintainer: import: bring 2 methods to sample-toolkit \(sourceHead.prefix(7))
                    Editor Two: Add b
                    """.replacingOccurrences(of: "sample-toolkit", with: source))
            #expect(try CLI.policylab(["check"], in: kb).status == 0)
        }
    }
}
