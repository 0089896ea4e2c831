/// What each page is rendered from, for the keys of an incremental build
/// (`SitePageKeys`): the record files the page reads, found the way the page's view finds them
/// (so that a record that starts or stops naming another changes the list), with their
/// translations, and the facts it takes from elsewhere (its dates, the day the site is built for,
/// which of its evidence may be shown). A record another page only lists counts by what the list
/// shows of it (its title, summary...), not by its file: editing a method's body renders its own
/// page again, not the pages of the projects that use it. Kept beside the views it mirrors: a view that starts
/// reading another record must add it here, and the incremental build tests compare every kind
/// of change with a full build.
extension SitePageRenderer {
    /// One input of a page.
    enum Input: Sendable, Equatable {
        /// A file, whose bytes count (a missing file counts as missing).
        case file(String)
        /// Anything else, as written.
        case fact(String)
    }

    /// What other pages show of each method, project and lesson (`listed`), by record path:
    /// worked out once for the keys of every page, not again for each page that lists a record.
    struct ListedRecords: Sendable {
        fileprivate var facts: [String: Input] = [:]
    }

    /// The facts of every record that another page may list.
    func listedRecords() -> ListedRecords {
        let kb = knowledgeBase
        var listed = ListedRecords()
        listed.facts.reserveCapacity(kb.methods.count + kb.projects.count + kb.lessons.count)
        for method in kb.methods { listed.facts[method.source.path] = self.listed(method) }
        for project in kb.projects { listed.facts[project.source.path] = self.listed(project) }
        for lesson in kb.lessons { listed.facts[lesson.source.path] = self.listed(lesson) }
        return listed
    }

    /// The inputs of `job`'s page (nil: it is rendered on every build), `listed` being
    /// `listedRecords()`.
    func inputs(of job: Job, listed: ListedRecords) -> [Input]? {
        let kb = knowledgeBase
        func item(_ method: Method) -> Input { listed.facts[method.source.path] ?? self.listed(method) }
        func item(_ project: Project) -> Input { listed.facts[project.source.path] ?? self.listed(project) }
        func item(_ lesson: Lesson) -> Input { listed.facts[lesson.source.path] ?? self.listed(lesson) }
        switch job {
        case .search:
            return []
        case .toolkit:
            // Every method, by what the toolkit shows of it: not its body.
            return kb.methods.map { listedInToolkit($0) }
        case .projects:
            return files(of: kb.projects.map(\.source.path))
        case .lessons:
            return files(of: kb.lessons.map(\.source.path))
        case .home:
            // The programme's status and charts read projects, claims and lessons; the phases count
            // methods: every record, and the day milestones are judged on.
            let records = kb.methods.map(\.source.path) + kb.projects.map(\.source.path) + kb.lessons.map(\.source.path)
                + kb.evidence.map(\.source.path) + kb.claims.map(\.source.path)
            return files(of: records) + [.fact("day \(options.date)")]
        case .method(let method):
            // The other records it lists show as items (`SiteItem`): what they show is what counts.
            var items = links.successors(of: method.id).map { item($0) }
            items += links.projects(using: method.id).map { item($0) }
            items += links.lessons(about: method.id).map { item($0) }
            items += method.related.map { kb.resolveMethod($0.value).map { item($0) } ?? .fact("unresolved method \($0.value)") }
            return files(of: [method.source.path]) + items + dateFacts(of: method.source.path)
        case .lesson(let lesson):
            var items = lesson.projects.map { kb.project($0.value).map { item($0) } ?? .fact("unresolved project \($0.value)") }
            items += lesson.methods.map { kb.resolveMethod($0.value).map { item($0) } ?? .fact("unresolved method \($0.value)") }
            return files(of: [lesson.source.path]) + items + dateFacts(of: lesson.source.path)
        case .project(let project):
            var records = [project.source.path] + (recordsOfProject[project.id] ?? [])
            records += policy.publishedLessons(of: project.id).map(\.source.path)
            let evidence = policy.publicEvidence(of: project.id)
            // Its methods show as items (`SummaryView.MethodItem`): title, summary and link.
            var facts = project.methods.map { kb.resolveMethod($0.value).map { item($0) } ?? .fact("unresolved method \($0.value)") }
            facts += [.fact("day \(options.date)"), .fact("public evidence " + evidence.map(\.id.rawValue).joined(separator: ","))]
            for item in evidence {
                guard let file = item.file else { continue }
                let path = "projects/\(item.project)/\(file)"
                facts.append(.fact("attachment \(path) \(kb.evidenceFileDigests[path] ?? "-") \(kb.oversizedEvidenceFiles.contains(path))"))
            }
            return files(of: records) + facts + dateFacts(of: project.source.path)
        }
    }

    /// The files of records at `paths`, each with its translation in every translation language.
    private func files(of paths: [String]) -> [Input] {
        let languages = knowledgeBase.settings.translationLanguages
        guard !languages.isEmpty else { return paths.map { .file($0) } }
        return paths.flatMap { path in
            [Input.file(path)] + languages.map { Input.file(TranslationLayout.translationPath(of: path, language: $0)) }
        }
    }

    /// A method as another page lists it (`SiteItem`, `SummaryView.MethodItem`): its title and
    /// summary in the page's language, and whether it has a page to link to.
    private func listed(_ method: Method) -> Input {
        .fact(Self.item(["method", method.source.path, "\(SitePaths.publishes(method))", method.title, method.summary]))
    }

    /// A method as the toolkit lists it (`ToolkitView`): under its phases when published, among
    /// the retired ones when retired, by its title and summary, linked when it has a page.
    private func listedInToolkit(_ method: Method) -> Input {
        let phases = method.phases.map(\.rawValue).joined(separator: ",")
        return .fact(Self.item(["toolkit", method.source.path, method.status.rawValue, phases, "\(SitePaths.publishes(method))", method.title, method.summary]))
    }

    /// A project as another page lists it (`SiteItem`): title, summary, status and whether it is a demonstrator.
    private func listed(_ project: Project) -> Input {
        .fact(Self.item(["project", project.source.path, project.title, project.summary, project.status.rawValue, "\(project.demonstrator)"]))
    }

    /// A lesson as another page lists it (`SiteItem`): title, summary, day and whether it has a page.
    private func listed(_ lesson: Lesson) -> Input {
        .fact(Self.item(["lesson", lesson.source.path, "\(SitePaths.publishes(lesson))", lesson.title, lesson.summary, lesson.date.map { "\($0)" } ?? "-"]))
    }

    /// Fields as one fact, each after its length, so that no two lists of fields read the same.
    private static func item(_ fields: [String]) -> String {
        // Appended to one string: every record that other pages list is made into one.
        var item = "listed "
        item.reserveCapacity(fields.reduce(16) { $0 + $1.utf8.count + 6 })
        for field in fields {
            item += String(field.utf8.count)
            item += ":"
            item += field
        }
        return item
    }

    private func dateFacts(of path: String) -> [Input] {
        guard let dates = dates[path] else { return [.fact("undated")] }
        return dates.updates.map { .fact("update \($0.timestamp) \($0.day) \($0.words) \($0.note)") }
    }
}
