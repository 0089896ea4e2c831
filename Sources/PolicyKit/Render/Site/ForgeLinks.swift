import Foundation

/// Links from a site page to the knowledge base's forge: its web editor for the record's file
/// ("suggest a change": forges fork the repository and open a pull request for anyone without
/// write access) and its new-issue form, prefilled with the page.
struct ForgeLinks {
    let repository: Settings.SourceRepository

    /// The web editor of the file at `path` (relative to the repository root) on the branch.
    func edit(_ path: String) -> String {
        let file = Self.pathSegments(repository.branch + "/" + path)
        switch repository.forge {
        case .github: return "\(repository.url)/edit/\(file)"
        case .gitlab: return "\(repository.url)/-/edit/\(file)"
        case .gitea: return "\(repository.url)/_edit/\(file)"
        }
    }

    /// The new-issue form, its title and body naming the page and its file.
    func newIssue(title: String, path: String?) -> String {
        let subject = "Problem on the page \"\(title)\""
        let body = "Page: \(title)\n" + (path.map { "File: \($0)\n" } ?? "") + "\nWhat is wrong, and what should it say?\n"
        switch repository.forge {
        case .github, .gitea:
            return "\(repository.url)/issues/new?title=\(Self.query(subject))&body=\(Self.query(body))"
        case .gitlab:
            return "\(repository.url)/-/issues/new?issue%5Btitle%5D=\(Self.query(subject))&issue%5Bdescription%5D=\(Self.query(body))"
        }
    }

    private static func pathSegments(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%?#;")
        return path.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }.joined(separator: "/")
    }

    private static func query(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
