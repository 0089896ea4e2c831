import Foundation
import PolicylabTestSupport
import Testing

/// `import ogp` with a sample table built here as a fixture: made-up commitments (ids XA0001...,
/// "Sampleland"), not real OGP data; one row rated on the scales of action plans before 2020, one
/// on the scale that replaced potential impact from 2020.
@Suite("import ogp end to end")
struct ImportOGPTests {
    static let table = """
        Commitment Unique Identifier,Country,Action Plan,Commitment Title,Commitment Text,Lead Institution,Supporting Institutions,Access to Information,Civic Participation,Public Accountability,Technology and Innovation,Verifiable,Potential Impact,Potential for Results,Completion,Did it Open Government?
        XA0001,Sampleland,Sample plan 2018-2020,Open the sample register,Publish the sample register as open data by 2019.,Sample Ministry,Sample Network; Sample Institute,Yes,No,Yes,No,Yes,Moderate,,Substantial,Marginal
        XA0002,Sampleland,Sample plan 2021-2023,Co-design sample services,"Run four co-design workshops
        with residents.",Sample Office,,No,Yes,No,No,Yes,,Modest,No evidence available,
        XB0001,Otherland,Other plan,Other,Text,Other Ministry,,Yes,No,No,No,Yes,Minor,,Complete,Major

        """

    static let existing = """
        ---
        id: register
        title: "The register project"
        summary: "Written by hand before the import."
        # kept: a comment of the author
        commissioner: "Old Ministry"
        status: active
        demonstrator: true
        ogp_commitment: XA0001
        assessment:
          verifiable: false
        tags: ["hand-written"]
        ---
        ## Background
        Our own words.

        """

    func git(_ arguments: [String], in directory: String) throws -> String {
        try CLI.git(arguments, in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// New rows become projects, a project holding a row's id changes only in its imported lines,
    /// the country filter keeps only its rows, and a rerun changes nothing.
    @Test func createsUpdatesAndRerunsToNothing() throws {
        try CLI.withTemporaryDirectory { dir in
            try #require(try CLI.policylab(["init", "kb"], in: dir).status == 0)
            let kb = dir + "/kb"
            try CLI.write(Self.existing, to: kb + "/projects/register/project.md")
            try CLI.git(["add", "-A"], in: kb)
            try CLI.git(["commit", "-q", "-m", "a project by hand"], in: kb)
            try CLI.write(Self.table, to: dir + "/sample.csv")
            let before = try git(["rev-parse", "HEAD"], in: kb)
            let run = try CLI.policylab(["import", "ogp", "../sample.csv", "--country", "XA"], in: kb)
            #expect(run.status == 0, "\(run)")
            #expect(
                run.stdout == """
                    create projects/co-design-sample-services/project.md
                    update projects/register/project.md
                    commit \(try git(["rev-parse", "HEAD"], in: kb))

                    """, "\(run)")
            #expect(run.stderr == "../sample.csv:3:1: warning: completion 'No evidence available' has no policylab value; it is left out\n")
            #expect(try git(["rev-parse", "HEAD~1"], in: kb) == before, "one commit")
            #expect(
                try git(["log", "-1", "--format=%B"], in: kb)
                    == "import: 2 OGP commitments from sample.csv\n\nPolicylab-Command: import ogp\nPolicylab-Imported-From: sample.csv")
            #expect(
                try String(contentsOfFile: kb + "/projects/register/project.md", encoding: .utf8) == """
                    ---
                    id: register
                    title: "The register project"
                    summary: "Written by hand before the import."
                    # kept: a comment of the author
                    commissioner: "Sample Ministry"
                    status: active
                    demonstrator: true
                    ogp_commitment: XA0001
                    assessment: {verifiable: true, ogp_values: [access-to-information, public-accountability], potential_impact: moderate, completion: substantial, opened_government: marginal, period: "Sample plan 2018-2020"}
                    tags: ["hand-written"]
                    partners: ["Sample Network", "Sample Institute"]
                    ---
                    ## Background
                    Our own words.

                    """)
            let created = try String(contentsOfFile: kb + "/projects/co-design-sample-services/project.md", encoding: .utf8)
            #expect(
                created.hasPrefix(
                    """
                    ---
                    id: co-design-sample-services
                    title: "Co-design sample services"
                    summary: "Co-design sample services"
                    commissioner: "Sample Office"
                    status: proposed
                    demonstrator: false
                    ogp_commitment: XA0002
                    assessment: {verifiable: true, ogp_values: [civic-participation], potential_for_results: modest, period: "Sample plan 2021-2023"}
                    ---
                    ## Background

                    Run four co-design workshops
                    with residents.

                    """), "\(created)")
            #expect(!FileManager.default.fileExists(atPath: kb + "/projects/other"))
            #expect(try CLI.policylab(["check"], in: kb).status == 0)
            #expect(try git(["status", "--porcelain"], in: kb) == "")

            let head = try git(["rev-parse", "HEAD"], in: kb)
            let again = try CLI.policylab(["import", "ogp", "../sample.csv", "--country", "Sampleland"], in: kb)
            #expect(again.stdout == "nothing to import: the projects already say what the 2 commitments say\n", "\(again)")
            #expect(try git(["rev-parse", "HEAD"], in: kb) == head)
        }
    }

    /// Rows that cannot be read stop the import before writing, each at its line.
    @Test func badRowsAreListedAndNothingIsWritten() throws {
        try CLI.withTemporaryDirectory { dir in
            try #require(try CLI.policylab(["init", "kb"], in: dir).status == 0)
            let kb = dir + "/kb"
            try CLI.write(
                """
                Commitment ID,Commitment Title,Lead Institution,Potential Impact,Did it open government,Verifiable,Notes
                XA0001,One,Sample Ministry,Huge,Marginal,Yes,a
                not an id,Two,Sample Ministry,Minor,,Yes,b
                XA0001,Again,Sample Ministry,Minor,Worse,perhaps,c

                """, to: dir + "/bad.csv")
            let before = try git(["rev-parse", "HEAD"], in: kb)
            let run = try CLI.policylab(["import", "ogp", "../bad.csv"], in: kb)
            #expect(run.status == 1)
            #expect(
                run.stderr == """
                    policylab: error: the import was stopped before writing anything:
                    ../bad.csv:1:1: warning: column 'Notes' is not one import ogp reads; it is left out
                    ../bad.csv:2:1: error: column 'Potential Impact': 'Huge' is not a rating of this scale (none, minor, moderate, transformative)
                    ../bad.csv:3:1: error: column 'Commitment ID': 'not an id' is not a commitment id (letters then digits, such as UK0092)
                    ../bad.csv:4:1: error: column 'Did it open government': 'Worse' is not a rating of this scale (worsened, did-not-change, marginal, major, outstanding)
                    ../bad.csv:4:1: error: column 'Verifiable': 'perhaps' is not yes or no
                    ../bad.csv:4:1: error: commitment XA0001 is also on line 2

                    """, "\(run)")
            #expect(try git(["rev-parse", "HEAD"], in: kb) == before)
        }
    }
}
