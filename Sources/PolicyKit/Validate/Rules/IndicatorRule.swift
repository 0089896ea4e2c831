/// A key indicator's latest actual data and its collection day go together: a day with no data
/// says nothing, and an indicator with neither a target nor actual data measures nothing.
struct IndicatorRule: Rule {
    func check(_ kb: KnowledgeBase, into findings: inout [Finding]) {
        for project in kb.projects where kb.checks(project.source) {
            for indicator in project.indicators where !indicator.title.allSatisfy(\.isWhitespace) {
                if indicator.actualOn != nil, indicator.actual == nil {
                    findings.append(
                        .error(
                            "indicator '\(indicator.title)' has 'actual_on' but no 'actual' data",
                            in: project.source.path, at: indicator.position))
                } else if indicator.target == nil, indicator.actual == nil {
                    findings.append(
                        .error(
                            "indicator '\(indicator.title)' needs a 'target', an 'actual' or both",
                            in: project.source.path, at: indicator.position))
                }
            }
        }
    }
}
