/// Where a milestone stands on a given day, derived (never stored) from its `done`, `outcome` and
/// `due` keys and from its project's status.
///
/// A milestone whose outcome the sources do not report is `notReported`, not `overdue`; and an open
/// milestone of a project that has ended (delivered, closed, cancelled) is never overdue: it is
/// `unrecorded` until someone records what became of it.
public enum MilestoneState: String, Sendable, Encodable, CaseIterable {
    /// Done; recorded as missed; recorded as dropped.
    case done, missed, dropped
    /// Its outcome is not reported in the sources.
    case notReported = "not-reported"
    /// Open, due before today, in a project still under way.
    case overdue
    /// Open, due today or later, in a project still under way.
    case due
    /// Open, with no due date, in a project still under way.
    case open
    /// Open in a project that has ended, with no outcome recorded.
    case unrecorded

    /// The state of `milestone` of `project` on `today`.
    public init(_ milestone: Milestone, in project: Project, today: Day) {
        if milestone.done != nil {
            self = .done
            return
        }
        switch milestone.outcome {
        case .done?: self = .done
        case .missed?: self = .missed
        case .dropped?: self = .dropped
        case .notReported?: self = .notReported
        case nil:
            if Self.hasEnded(project.status) {
                self = .unrecorded
            } else if let due = milestone.due {
                self = due < today ? .overdue : .due
            } else {
                self = .open
            }
        }
    }

    /// Delivered, closed and cancelled projects have no milestones left to be late on.
    public static func hasEnded(_ status: ProjectStatus) -> Bool {
        status == .delivered || status == .closed || status == .cancelled
    }

    /// The state in words, as record pages, the dashboard and the summaries give it: "done on 2020-06-20",
    /// "outcome not reported in the sources (due 2017-04-15)", "overdue since 2019-05-31"...
    public func label(for milestone: Milestone, project: Project) -> String {
        let dueNote = milestone.due.map { " (due \($0))" } ?? ""
        switch self {
        case .done: return milestone.done.map { "done on \($0)" } ?? "done (the sources give no date)"
        case .missed: return "missed" + dueNote
        case .dropped: return "dropped" + dueNote
        case .notReported: return "outcome not reported in the sources" + dueNote
        case .overdue: return "overdue since \(milestone.due?.description ?? "?")"
        case .due: return "due \(milestone.due?.description ?? "?")"
        case .open: return "open, no due date"
        case .unrecorded: return "no outcome recorded, project \(project.status.rawValue)" + dueNote
        }
    }

    /// The state in French words, as `show --lang fr` gives it: "réalisé le 2020-06-20",
    /// "résultat non communiqué dans les sources (prévu le 2017-04-15)", "en retard depuis le 2019-05-31"...
    public func frenchLabel(for milestone: Milestone, project: Project) -> String {
        let dueNote = milestone.due.map { " (prévu le \($0))" } ?? ""
        switch self {
        case .done: return milestone.done.map { "réalisé le \($0)" } ?? "réalisé (les sources ne donnent pas de date)"
        case .missed: return "manqué" + dueNote
        case .dropped: return "abandonné" + dueNote
        case .notReported: return "résultat non communiqué dans les sources" + dueNote
        case .overdue: return "en retard depuis le \(milestone.due?.description ?? "?")"
        case .due: return "prévu le \(milestone.due?.description ?? "?")"
        case .open: return "ouvert, sans échéance"
        case .unrecorded: return "aucun résultat enregistré, projet \(project.status.frenchName)" + dueNote
        }
    }
}
