/// Where publications link a toolkit method: its page on the published site when its address is
/// known, otherwise its file in the repository.
struct MethodLinker {
    /// The site's address without a trailing slash.
    let siteURL: String?

    init(siteURL: String?) {
        self.siteURL = siteURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    func url(for method: RecordID) -> String {
        siteURL.map { "\($0)/methods/\(method).html" } ?? "toolkit/methods/\(method).md"
    }
}
