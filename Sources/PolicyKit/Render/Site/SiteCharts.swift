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
        var height: String
        var rows: [Row]

        init(id: String, title: String, summary: String, rows: [(String, Int)]) {
            self.id = id
            self.title = title
            self.summary = summary
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

    static let lanes: [(String, [MilestoneState], String)] = [
        ("done", [.done], "#00703c"), ("due", [.due], "#1d70b8"), ("overdue", [.overdue], "#d4351c"),
        ("missed or dropped", [.missed, .dropped], "#505a5f"), ("not reported", [.notReported], "#6f777b"),
        ("no outcome", [.unrecorded], "#f47738"),
    ]

    init(_ kb: KnowledgeBase, status: ProgrammeStatus) {
        let target = status.demonstrators.target
        let demonstrators = Bars(
            id: "chart-demonstrators", title: "Demonstrators against the target",
            summary: "\(status.demonstrators.delivered) delivered and \(status.demonstrators.total) commissioned"
                + (target.map { ", against a target of \($0)" } ?? ", with no target set") + ".",
            rows: (target.map { [("target", $0)] } ?? []) + [
                ("commissioned", status.demonstrators.total),
                ("delivered", status.demonstrators.delivered),
            ])
        let claimRows = ClaimStatus.allCases.map { ($0.rawValue, status.claims[$0.rawValue] ?? 0) }
        let claims = Bars(
            id: "chart-claims", title: "Impact claims by verification status",
            summary: claimRows.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + ".", rows: claimRows)
        bars = [demonstrators, claims]
        timeline = Self.timeline(kb, today: status.today, period: status.period)
    }

    private static func timeline(_ kb: KnowledgeBase, today: Day, period: ProgrammeStatus.Period?) -> Timeline? {
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
        for (label, states, colour) in Self.lanes {
            let items = dated.filter { states.contains($0.state) }
            guard !items.isEmpty else { continue }
            let y = 30 + Double(lanes.count) * 26
            lanes.append(
                Lane(
                    label: label, colour: colour, textY: Bars.number(y + 4), lineY: Bars.number(y),
                    markers: items.map { Marker(x: x($0.day), y: Bars.number(y), title: "\($0.milestone.title) (\($0.project.title)), \($0.day)") }))
        }
        let bottom = 30 + Double(lanes.count) * 26
        let shown = first <= today && today <= last
        let band = period.flatMap { period in period.start.flatMap { start in period.end.map { (start, $0) } } }
        let table = dated.sorted { ($0.day, $0.milestone.title) < ($1.day, $1.milestone.title) }.map {
            TableRow(title: $0.milestone.title, project: $0.project.title, date: "\($0.day)", state: $0.state.rawValue)
        }
        let counts = lanes.map { "\($0.markers.count) \($0.label)" }.joined(separator: ", ")
        let periodText = band.map { " The programme runs from \($0.0) to \($0.1)." } ?? ""
        return Timeline(
            summary: "From \(first) to \(last)" + (shown ? ", today \(today)" : "") + ": \(dated.count) dated milestones"
                + (counts.isEmpty ? "" : " (\(counts))") + (undated > 0 ? "; \(undated) without a date" : "") + "." + periodText,
            height: Bars.number(bottom + 20), start: "\(first)", end: "\(last)",
            today: shown ? "\(today)" : nil, todayX: shown ? x(today) : nil,
            periodX: band.map { x($0.0) }, periodWidth: band.map { Bars.number((Double(x($0.1)) ?? 0) - (Double(x($0.0)) ?? 0)) },
            periodHeight: Bars.number(bottom - 29),
            axisBottom: Bars.number(bottom - 10), todayLabelY: Bars.number(bottom + 12), lanes: lanes, table: table, undated: undated)
    }
}
