import Testing

@testable import PolicyKit

/// The editor changes only the lines an edit needs: comments, quoting, key order and body stay.
@Suite("Minimal edits of front matter")
struct FrontMatterEditorTests {
    static let original = """
        ---
        # kept: a comment at the top
        id: alpha
        title: 'Alpha: the "first" one'   # kept: a trailing comment
        status: active
        stakeholders:
        - id: dft      # items written at the key's indentation
          name: DfT
          kind: department

        # kept: a comment before milestones
        milestones: []
        tags: [transport, panels]
        ---
        Body stays.

        """

    func edit(_ text: String = original, _ change: (inout FrontMatterEditor) throws -> Void) throws -> String {
        var editor = try FrontMatterEditor(Array(text.utf8), path: "projects/alpha/project.md")
        try change(&editor)
        return String(decoding: editor.bytes, as: UTF8.self)
    }

    @Test func settingAFieldChangesOnlyItsLine() throws {
        let edited = try edit { try $0.set("status", to: "delivered") }
        #expect(edited == Self.original.replacingOccurrences(of: "status: active", with: "status: delivered"))
    }

    @Test func aNewFieldGoesAfterTheLastKey() throws {
        let edited = try edit { try $0.set("ended", to: "2021-01-31") }
        #expect(
            edited == Self.original.replacingOccurrences(of: "tags: [transport, panels]\n", with: "tags: [transport, panels]\nended: 2021-01-31\n"))
    }

    @Test func anItemIsAddedAtTheListsOwnIndentation() throws {
        let edited = try edit { try $0.append(to: "stakeholders", blockItem: ["- id: riders", "  name: \"Riders\"", "  kind: cso"], flowItem: nil) }
        #expect(
            edited
                == Self.original.replacingOccurrences(
                    of: "  kind: department\n", with: "  kind: department\n- id: riders\n  name: \"Riders\"\n  kind: cso\n"))
    }

    @Test func anEmptyFlowListBecomesABlockList() throws {
        let edited = try edit { try $0.append(to: "milestones", blockItem: ["- title: \"Report\"", "  due: 2020-03-31"], flowItem: nil) }
        #expect(
            edited == Self.original.replacingOccurrences(of: "milestones: []\n", with: "milestones:\n  - title: \"Report\"\n    due: 2020-03-31\n"))
    }

    @Test func aWordIsAddedToAOneLineFlowList() throws {
        let edited = try edit { try $0.append(to: "tags", blockItem: ["- buses"], flowItem: "buses") }
        #expect(edited == Self.original.replacingOccurrences(of: "tags: [transport, panels]", with: "tags: [transport, panels, buses]"))
    }

    @Test func aFieldOfAListItemIsSetInPlaceOrAdded() throws {
        let text = Self.original.replacingOccurrences(
            of: "milestones: []\n", with: "milestones:\n  - title: A\n    due: 2020-01-01\n  - title: B\n    done: 2019-12-01\n")
        let added = try edit(text) { try $0.set("done", to: "2020-02-02", inItem: 0, of: "milestones") }
        #expect(added == text.replacingOccurrences(of: "    due: 2020-01-01\n", with: "    due: 2020-01-01\n    done: 2020-02-02\n"))
        let replaced = try edit(text) { try $0.set("done", to: "2020-02-02", inItem: 1, of: "milestones") }
        #expect(replaced == text.replacingOccurrences(of: "done: 2019-12-01", with: "done: 2020-02-02"))
    }

    @Test func removingTheLastItemLeavesAnEmptyList() throws {
        let edited = try edit { try $0.remove(item: 0, of: "stakeholders") }
        #expect(
            edited
                == Self.original.replacingOccurrences(
                    of: "stakeholders:\n- id: dft      # items written at the key's indentation\n  name: DfT\n  kind: department\n",
                    with: "stakeholders: []\n"))
    }

    @Test func crlfLineEndingsArePreserved() throws {
        let crlf = Self.original.replacingOccurrences(of: "\n", with: "\r\n")
        let edited = try edit(crlf) { try $0.set("ended", to: "2021-01-31") }
        #expect(edited == crlf.replacingOccurrences(of: "tags: [transport, panels]\r\n", with: "tags: [transport, panels]\r\nended: 2021-01-31\r\n"))
    }

    @Test func invalidYAMLIsNotEdited() throws {
        #expect(
            throws: WriteError.refused(
                "projects/alpha/project.md cannot be edited: its front matter is not valid (YAML syntax error: while parsing a flow sequence did not find expected ',' or ']' (the construct started at line 2)); run 'policylab check'"
            )
        ) {
            _ = try edit("---\nid: [unclosed\n---\n") { try $0.set("status", to: "active") }
        }
    }
}
