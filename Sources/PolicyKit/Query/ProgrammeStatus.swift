/// The programme dashboard: how far the lab is against its commitment.
public struct ProgrammeStatus: Sendable, Encodable {
    public struct Period: Sendable, Encodable {
        public var start: Day?
        public var end: Day?
        /// Days from today to the end; negative once the programme has ended.
        public var daysLeft: Int?
        /// Share of the period elapsed, 0 to 100.
        public var percentElapsed: Int?
    }

    public struct Demonstrators: Sendable, Encodable {
        public var target: Int?
        public var total: Int
        /// Delivered or closed.
        public var delivered: Int
        public var byStatus: [String: Int]
    }

    public struct MilestoneItem: Sendable, Encodable {
        public var project: RecordID
        public var title: String
        public var due: Day?
    }

    public struct Milestones: Sendable, Encodable {
        public var total: Int
        public var done: Int
        public var due: [MilestoneItem]
        /// Open and past their due date, in projects still under way: the only late milestones.
        public var overdue: [MilestoneItem]
        /// Those whose outcome the sources do not report (`outcome: not-reported`).
        public var notReported: [MilestoneItem]
        public var missed: [MilestoneItem]
        public var dropped: [MilestoneItem]
        /// Open milestones of projects that have ended, with no outcome recorded yet.
        public var unrecorded: [MilestoneItem]
        /// Open, with no due date, in projects still under way.
        public var undated: Int
    }

    public struct IndicatorItem: Sendable, Encodable {
        public var project: RecordID
        public var indicator: Indicator
    }

    public struct ProjectAssessment: Sendable, Encodable {
        public var project: RecordID
        public var title: String
        public var assessment: Assessment
    }

    public var name: String
    public var commitment: String?
    public var today: Day
    public var period: Period?
    public var demonstrators: Demonstrators
    public var milestones: Milestones
    /// Every project's key indicators, with their targets and latest actual data.
    public var indicators: [IndicatorItem]
    public var claims: [String: Int]
    public var lessons: [String: Int]
    /// Whether approvals of contributions are proved by maintainers' signatures (some maintainer
    /// in `policylab.yaml` has a `signing_key`); when false they are typed names.
    public var approvalsAuthenticated: Bool
    public var assessments: [ProjectAssessment]
    /// Milestones, claims and summaries that promise effort rather than a checkable result.
    public var vagueCommitments: [String]

    public init(_ kb: KnowledgeBase, today: Day = .today()) {
        name = kb.settings.name
        approvalsAuthenticated = kb.settings.review.requiresSignatures
        commitment = kb.settings.programme?.commitment
        self.today = today
        period = kb.settings.programme.map { programme in
            var period = Period(start: programme.start, end: programme.end)
            if let end = programme.end { period.daysLeft = end.daysSinceEpoch - today.daysSinceEpoch }
            if let start = programme.start, let end = programme.end, end > start {
                let elapsed = Double(today.daysSinceEpoch - start.daysSinceEpoch) / Double(end.daysSinceEpoch - start.daysSinceEpoch)
                period.percentElapsed = Int((min(max(elapsed, 0), 1) * 100).rounded())
            }
            return period
        }
        let demonstratorProjects = kb.projects.filter(\.demonstrator)
        demonstrators = Demonstrators(
            target: kb.settings.programme?.demonstratorTarget,
            total: demonstratorProjects.count,
            delivered: demonstratorProjects.filter { $0.status == .delivered || $0.status == .closed }.count,
            byStatus: Dictionary(grouping: demonstratorProjects, by: \.status.rawValue).mapValues(\.count))
        var milestones = Milestones(total: 0, done: 0, due: [], overdue: [], notReported: [], missed: [], dropped: [], unrecorded: [], undated: 0)
        for project in kb.projects {
            for milestone in project.milestones {
                milestones.total += 1
                let item = MilestoneItem(project: project.id, title: milestone.title, due: milestone.due)
                switch MilestoneState(milestone, in: project, today: today) {
                case .done: milestones.done += 1
                case .missed: milestones.missed.append(item)
                case .dropped: milestones.dropped.append(item)
                case .notReported: milestones.notReported.append(item)
                case .overdue: milestones.overdue.append(item)
                case .due: milestones.due.append(item)
                case .open: milestones.undated += 1
                case .unrecorded: milestones.unrecorded.append(item)
                }
            }
        }
        milestones.due.sort { ($0.due ?? today) < ($1.due ?? today) }
        milestones.overdue.sort { ($0.due ?? today) < ($1.due ?? today) }
        self.milestones = milestones
        indicators = kb.projects.flatMap { project in project.indicators.map { IndicatorItem(project: project.id, indicator: $0) } }
        var claims = Dictionary(uniqueKeysWithValues: ClaimStatus.allCases.map { ($0.rawValue, 0) })
        for claim in kb.claims { claims[claim.status(in: kb.project(claim.project), settings: kb.settings).rawValue, default: 0] += 1 }
        self.claims = claims
        var lessons = Dictionary(uniqueKeysWithValues: LessonStatus.allCases.map { ($0.rawValue, 0) })
        for lesson in kb.lessons { lessons[lesson.status.rawValue, default: 0] += 1 }
        self.lessons = lessons
        assessments = kb.projects.compactMap { project in
            project.assessment.map { ProjectAssessment(project: project.id, title: project.title, assessment: $0) }
        }
        var vague: [Finding] = []
        VagueCommitmentRule().check(kb, into: &vague)
        vagueCommitments = vague.sortedForDisplay().map(\.description)
    }
}
