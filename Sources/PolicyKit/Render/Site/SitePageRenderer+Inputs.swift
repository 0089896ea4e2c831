/// What each page is rendered from, for the keys of an incremental build
/// (`SitePageKeys`): the record files the page reads, found the way the page's view finds them
/// (so that a record that starts or stops naming another changes the list), with their
/// translations, and the facts it takes from elsewhere (its dates, the day the site is built for,
/// which of its evidence may be shown). Kept beside the views it mirrors: a view that starts
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

    /// The inputs of `job`'s page (nil: it is rendered on every build).
    func inputs(of job: Job) -> [Input]? {
        let kb = knowledgeBase
        switch job {
        case .search:
            return []
        case .toolkit:
            return files(of: kb.methods.map(\.source.path))
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
            var records = [method.source.path]
            records += (links.successors[method.id] ?? []).map(\.source.path)
            records += (links.projectsByMethod[method.id] ?? []).map(\.source.path)
            records += (links.lessonsByMethod[method.id] ?? []).map(\.source.path)
            records += method.related.map { kb.resolveMethod($0.value)?.source.path ?? "unresolved \($0.value)" }
            return files(of: records) + dateFacts(of: method.source.path)
        case .lesson(let lesson):
            var records = [lesson.source.path]
            records += lesson.projects.map { kb.project($0.value)?.source.path ?? "unresolved \($0.value)" }
            records += lesson.methods.map { kb.resolveMethod($0.value)?.source.path ?? "unresolved \($0.value)" }
            return files(of: records) + dateFacts(of: lesson.source.path)
        case .project(let project):
            var records = [project.source.path] + (recordsOfProject[project.id] ?? [])
            records += project.methods.map { kb.resolveMethod($0.value)?.source.path ?? "unresolved \($0.value)" }
            records += policy.publishedLessons(of: project.id).map(\.source.path)
            let evidence = policy.publicEvidence(of: project.id)
            var facts: [Input] = [.fact("day \(options.date)"), .fact("public evidence " + evidence.map(\.id.rawValue).joined(separator: ","))]
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
        return paths.flatMap { path in
            [Input.file(path)] + languages.map { Input.file(TranslationLayout.translationPath(of: path, language: $0)) }
        }
    }

    private func dateFacts(of path: String) -> [Input] {
        guard let dates = dates[path] else { return [.fact("undated")] }
        return dates.updates.map { .fact("update \($0.timestamp) \($0.day) \($0.words) \($0.note)") }
    }
}
