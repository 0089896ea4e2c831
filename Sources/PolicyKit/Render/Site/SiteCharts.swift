import Foundation

/// The home page's charts, drawn as inline SVG by the home template from these numbers, with no
/// script: the programme's timeline (its period, today, and each dated milestone by state), the
/// demonstrators against the target, and the impact claims by verification status. Each has a
/// title and a description for assistive technology, and the same data as a table.
struct SiteCharts {
    /// The drawing's width in SVG units; the text is sized for it to be read at 390 px.
    static let width = 360.0
    static let labelWidth = 124.0
    static let plotEnd = width - 34

    struct Row {
        var label: String
        var value: Int
        var y: String
        var textY: String
        var barWidth: String
        var valueX: String
    }

    /// Horizontal bars, one per row.
    struct Bars {
        var id: String
        var title: String
        var summary: String
        /// The title and the summary under the drawing.
        var caption: String
        var height: String
        var rows: [Row]

        init(id: String, title: String, summary: String, french: Bool, rows: [(String, Int)]) {
            self.id = id
            self.title = title
            self.summary = summary
            caption = SiteCharts.caption(title, summary, french: french)
            let largest = max(1, rows.map(\.1).max() ?? 1)
            let span = plotEnd - labelWidth
            self.rows = rows.enumerated().map { index, row in
                let y = 8 + Double(index) * 30
                let width = span * Double(row.1) / Double(largest)
                return Row(
                    label: row.0, value: row.1, y: Self.number(y), textY: Self.number(y + 15),
                    barWidth: Self.number(width), valueX: Self.number(labelWidth + width + 4))
            }
            height = Self.number(16 + Double(rows.count) * 30)
        }

        static func number(_ value: Double) -> String { String(format: "%.1f", value) }
    }

    struct Marker {
        var x: String
        var y: String
        var title: String
    }

    struct Lane {
        var label: String
        var colour: String
        var textY: String
        var lineY: String
        var markers: [Marker]
    }

    struct TableRow {
        var title: String
        var project: String
        var date: String
        var state: String
    }

    /// Milestones on the programme's period, one lane per state.
    struct Timeline {
        var title = "Programme timeline"
        var summary: String
        var caption: String
        var height: String
        var start: String
        var end: String
        var endX = Bars.number(plotEnd)
        var labelX = Bars.number(labelWidth)
        var today: String?
        var todayX: String?
        /// The programme's period as a band, when it has a start and an end.
        var periodX: String?
        var periodWidth: String?
        var periodHeight: String
        var axisBottom: String
        var todayLabelY: String
        var lanes: [Lane]
        var table: [TableRow]
        var undated: Int
    }

    var timeline: Timeline?
    /// The demonstrators, then the claims.
    var bars: [Bars]

    /// The timeline's lanes: English and French label (in the singular), the states drawn in it, colour.
    static let lanes: [(String, String, [MilestoneState], String)] = [
        ("done", "réalisé", [.done], "#00703c"), ("due", "à venir", [.due], "#1d70b8"), ("overdue", "en retard", [.overdue], "#d4351c"),
        ("missed or dropped", "manqué ou abandonné", [.missed, .dropped], "#505a5f"),
        ("not reported", "non communiqué", [.notReported], "#6f777b"), ("no outcome", "sans résultat", [.unrecorded], "#f47738"),
    ]

    /// "Programme timeline: From 2017-04-15...", "Chronologie du programme : du 15 avril 2017..."
    /// (in French a colon is spaced and takes no capital after it).
    static func caption(_ title: String, _ summary: String, french: Bool) -> String {
        french ? title + " : " + FrenchPostWording.afterColon(summary) : title + ": " + summary
    }

    /// French words agreeing with a count: "vérifiée" for 0 or 1 (French counts them in the
    /// singular), "vérifiées" for more; words that do not vary ("en attente") stay as they are.
    static func agreeing(_ words: String, with count: Int) -> String {
        guard count > 1 else { return words }
        return words.split(separator: " ").map { $0.hasSuffix("é") || $0.hasSuffix("ée") ? $0 + "s" : String($0) }.joined(separator: " ")
    }

    init(_ kb: KnowledgeBase, status: ProgrammeStatus) {
        let fr = kb.language == "fr"
        let target = status.demonstrators.target
        let delivered = status.demonstrators.delivered, total = status.demonstrators.total
        let demonstrators = Bars(
            id: "chart-demonstrators", title: fr ? "Démonstrateurs par rapport à l'objectif" : "Demonstrators against the target",
            summary: fr
                ? "\(delivered) \(delivered > 1 ? "livrés" : "livré") et \(total) \(total > 1 ? "commandés" : "commandé")"
                    + (target.map { ", pour un objectif de \($0)" } ?? ", sans objectif fixé") + "."
                : "\(delivered) delivered and \(total) commissioned"
                    + (target.map { ", against a target of \($0)" } ?? ", with no target set") + ".",
            french: fr,
            rows: (target.map { [(fr ? "objectif" : "target", $0)] } ?? []) + [
                (fr ? "commandés" : "commissioned", total),
                (fr ? "livrés" : "delivered", delivered),
            ])
        let claimRows = ClaimStatus.allCases.map { ($0.localizedName(in: kb.language), status.claims[$0.rawValue] ?? 0) }
        let claims = Bars(
            id: "chart-claims", title: fr ? "Affirmations d'impact par état de vérification" : "Impact claims by verification status",
            summary: claimRows.map { "\($0.1) " + (fr ? Self.agreeing($0.0, with: $0.1) : $0.0) }.joined(separator: ", ") + ".", french: fr,
            rows: claimRows)
        bars = [demonstrators, claims]
        timeline = Self.timeline(kb, today: status.today, period: status.period)
    }

    private static func timeline(_ kb: KnowledgeBase, today: Day, period: ProgrammeStatus.Period?) -> Timeline? {
        let fr = kb.language == "fr"
        func day(_ day: Day) -> String { SiteItem.day(day, in: kb.language) }
        // The axis has room for ten characters at each end: "28/02/2017" in French, as short as "2017-02-28".
        func axis(_ day: Day) -> String {
            fr ? String(format: "%02d/%02d/%04d", day.day, day.month, day.year) : "\(day)"
        }
        var dated: [(milestone: Milestone, project: Project, state: MilestoneState, day: Day)] = []
        var undated = 0
        for project in kb.projects {
            for milestone in project.milestones {
                let state = MilestoneState(milestone, in: project, today: today)
                if let day = milestone.done ?? milestone.due { dated.append((milestone, project, state, day)) } else { undated += 1 }
            }
        }
        // The programme's period, every dated milestone and today, so that nothing is drawn off the axis.
        let days = dated.map(\.day) + [period?.start, period?.end].compactMap { $0 } + [today]
        guard let first = days.min(), let last = days.max(), last > first, days.count > 1 else { return nil }
        let span = Double(last.daysSinceEpoch - first.daysSinceEpoch)
        func x(_ day: Day) -> String {
            let share = min(max(Double(day.daysSinceEpoch - first.daysSinceEpoch) / span, 0), 1)
            return Bars.number(labelWidth + share * (plotEnd - labelWidth))
        }
        var lanes: [Lane] = []
        var counted: [String] = []
        for (english, french, states, colour) in Self.lanes {
            // In French the legend names the lane in the plural, and the description agrees with the count.
            let label = fr ? agreeing(french, with: 2) : english
            let items = dated.filter { states.contains($0.state) }
            guard !items.isEmpty else { continue }
            counted.append("\(items.count) " + (fr ? agreeing(french, with: items.count) : english))
            let y = 30 + Double(lanes.count) * 26
            lanes.append(
                Lane(
                    label: label, colour: colour, textY: Bars.number(y + 4), lineY: Bars.number(y),
                    markers: items.map { Marker(x: x($0.day), y: Bars.number(y), title: "\($0.milestone.title) (\($0.project.title)), \(day($0.day))") }))
        }
        let bottom = 30 + Double(lanes.count) * 26
        let shown = first <= today && today <= last
        let band = period.flatMap { period in period.start.flatMap { start in period.end.map { (start, $0) } } }
        let table = dated.sorted { ($0.day, $0.milestone.title) < ($1.day, $1.milestone.title) }.map {
            TableRow(title: $0.milestone.title, project: $0.project.title, date: day($0.day), state: $0.state.localizedName(in: kb.language))
        }
        let counts = counted.joined(separator: ", ")
        let summary: String
        if fr {
            let periodText = band.map { " Le programme se déroule \(FrenchPostWording.range($0.0, $0.1))." } ?? ""
            summary =
                "Du \(day(first)) au \(day(last))" + (shown ? ", aujourd'hui le \(day(today))" : "") + " : \(dated.count) "
                + (dated.count > 1 ? "jalons datés" : "jalon daté") + (counts.isEmpty ? "" : " (\(counts))")
                + (undated > 0 ? " ; \(undated) sans date" : "") + "." + periodText
        } else {
            let periodText = band.map { " The programme runs from \($0.0) to \($0.1)." } ?? ""
            summary =
                "From \(first) to \(last)" + (shown ? ", today \(today)" : "") + ": \(dated.count) dated milestones"
                + (counts.isEmpty ? "" : " (\(counts))") + (undated > 0 ? "; \(undated) without a date" : "") + "." + periodText
        }
        let title = fr ? "Chronologie du programme" : "Programme timeline"
        return Timeline(
            title: title, summary: summary, caption: caption(title, summary, french: fr), height: Bars.number(bottom + 20), start: axis(first), end: axis(last),
            today: shown ? day(today) : nil, todayX: shown ? x(today) : nil,
            periodX: band.map { x($0.0) }, periodWidth: band.map { Bars.number((Double(x($0.1)) ?? 0) - (Double(x($0.0)) ?? 0)) },
            periodHeight: Bars.number(bottom - 29),
            axisBottom: Bars.number(bottom - 10), todayLabelY: Bars.number(bottom + 12), lanes: lanes, table: table, undated: undated)
    }
}
