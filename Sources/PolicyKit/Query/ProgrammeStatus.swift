/// The programme dashboard: how far the lab is against its commitment.
public struct ProgrammeStatus: Sendable, Encodable {
    /// The programme's period and how much of it is left.
    public struct Period: Sendable, Encodable {
        /// The day the programme started.
        public var start: Day?
        /// The day the programme ends.
        public var end: Day?
        /// Days from today to the end; negative once the programme has ended.
        public var daysLeft: Int?
        /// Share of the period elapsed, 0 to 100.
        public var percentElapsed: Int?
    }

    /// The demonstrator projects against the programme's target.
    public struct Demonstrators: Sendable, Encodable {
        /// How many demonstrators the programme aims for.
        public var target: Int?
        /// How many projects are demonstrators.
        public var total: Int
        /// Delivered or closed.
        public var delivered: Int
        /// How many demonstrators are at each status, by status word.
        public var byStatus: [String: Int]
    }

    /// One milestone, named by its project and title.
    public struct MilestoneItem: Sendable, Encodable {
        /// The id of the milestone's project.
        public var project: RecordID
        /// The milestone's title.
        public var title: String
        /// The day it is due.
        public var due: Day?
    }

    /// Every project's milestones, counted and listed by where they stand today.
    public struct Milestones: Sendable, Encodable {
        /// How many milestones there are.
        public var total: Int
        /// How many are done.
        public var done: Int
        /// Open, due today or later, in projects still under way, soonest first.
        public var due: [MilestoneItem]
        /// Open and past their due date, in projects still under way: the only late milestones.
        public var overdue: [MilestoneItem]
        /// Those whose outcome the sources do not report (`outcome: not-reported`).
        public var notReported: [MilestoneItem]
        /// Those recorded as missed.
        public var missed: [MilestoneItem]
        /// Those recorded as dropped.
        public var dropped: [MilestoneItem]
        /// Open milestones of projects that have ended, with no outcome recorded yet.
        public var unrecorded: [MilestoneItem]
        /// Open, with no due date, in projects still under way.
        public var undated: Int
    }

    /// One key indicator, with the project it belongs to.
    public struct IndicatorItem: Sendable, Encodable {
        /// The id of the indicator's project.
        public var project: RecordID
        /// The indicator, with its target and latest actual data.
        public var indicator: Indicator
    }

    /// A project's Independent Reporting Mechanism assessment.
    public struct ProjectAssessment: Sendable, Encodable {
        /// The project's id.
        public var project: RecordID
        /// The project's title.
        public var title: String
        /// The assessment.
        public var assessment: Assessment
    }

    /// The knowledge base's name.
    public var name: String
    /// The OGP commitment the programme delivers.
    public var commitment: String?
    /// The day the dashboard is computed for.
    public var today: Day
    /// The programme's period, when the settings give a programme.
    public var period: Period?
    /// The demonstrator projects against the target.
    public var demonstrators: Demonstrators
    /// The milestones by where they stand today.
    public var milestones: Milestones
    /// Every project's key indicators, with their targets and latest actual data.
    public var indicators: [IndicatorItem]
    /// How many claims are at each verification status, by status word (every status present, maybe 0).
    public var claims: [String: Int]
    /// How many lessons are at each status, by status word (every status present, maybe 0).
    public var lessons: [String: Int]
    /// Whether approvals of contributions are proved by maintainers' signatures (some maintainer
    /// in the settings has a signing key); when false they are typed names.
    public var approvalsAuthenticated: Bool
    /// The Independent Reporting Mechanism's assessments, for the projects that have one.
    public var assessments: [ProjectAssessment]
    /// Milestones, claims and summaries that promise effort rather than a checkable result.
    public var vagueCommitments: [String]

    /// The dashboard of `kb` on `today`.
    /// - Parameter judgingCommitments: also find the vague commitments (every milestone, claim and
    ///   summary read word by word: most of the time of the dashboard; the site does not show them).
    public init(_ kb: KnowledgeBase, today: Day = .today(), judgingCommitments: Bool = true) {
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
        if judgingCommitments { VagueCommitmentRule().check(kb, into: &vague) }
        vagueCommitments = vague.sortedForDisplay().map(\.description)
    }
}
