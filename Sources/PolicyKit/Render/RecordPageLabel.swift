/// The field labels of `show`, in English and in French: each has both, so a French page has no
/// English label left.
enum RecordPageLabel: CaseIterable {
    case summary, phases, status, timeNeeded, participants, cost, participationLevel, relatedMethods, usedByProjects
    case lessons, source, commissioner, period, challenge, ogpCommitment, methods, partners, reached, stakeholder
    case milestone, indicator, assessment, evidence, claims, project, kind, access, link, file, strength, date
    case citedByClaims, requested, verification, note, projects, tags, audience

    /// "Status: " in English, "Statut : " in French (a space before the colon).
    func prefix(in language: String?) -> String {
        language == "fr" ? french + " : " : english + ": "
    }

    var english: String {
        switch self {
        case .summary: "Summary"
        case .phases: "Phases"
        case .status: "Status"
        case .timeNeeded: "Time needed"
        case .participants: "Participants"
        case .cost: "Cost"
        case .participationLevel: "Participation level"
        case .relatedMethods: "Related methods"
        case .usedByProjects: "Used by projects"
        case .lessons: "Lessons"
        case .source: "Source"
        case .commissioner: "Commissioner"
        case .period: "Period"
        case .challenge: "Challenge"
        case .ogpCommitment: "OGP commitment"
        case .methods: "Methods"
        case .partners: "Partners"
        case .reached: "Reached"
        case .stakeholder: "Stakeholder"
        case .milestone: "Milestone"
        case .indicator: "Indicator"
        case .assessment: "Assessment"
        case .evidence: "Evidence"
        case .claims: "Claims"
        case .project: "Project"
        case .kind: "Kind"
        case .access: "Access"
        case .link: "Link"
        case .file: "File"
        case .strength: "Strength"
        case .date: "Date"
        case .citedByClaims: "Cited by claims"
        case .requested: "Requested"
        case .verification: "Verification"
        case .note: "Note"
        case .projects: "Projects"
        case .tags: "Tags"
        case .audience: "Audience"
        }
    }

    var french: String {
        switch self {
        case .summary: "Résumé"
        case .phases: "Phases"
        case .status: "Statut"
        case .timeNeeded: "Temps nécessaire"
        case .participants: "Participants"
        case .cost: "Coût"
        case .participationLevel: "Niveau de participation"
        case .relatedMethods: "Méthodes liées"
        case .usedByProjects: "Utilisée par les projets"
        case .lessons: "Enseignements"
        case .source: "Source"
        case .commissioner: "Commanditaire"
        case .period: "Période"
        case .challenge: "Enjeu"
        case .ogpCommitment: "Engagement PGO"
        case .methods: "Méthodes"
        case .partners: "Partenaires"
        case .reached: "Résultats atteints"
        case .stakeholder: "Partie prenante"
        case .milestone: "Jalon"
        case .indicator: "Indicateur"
        case .assessment: "Évaluation"
        case .evidence: "Preuves"
        case .claims: "Affirmations d'impact"
        case .project: "Projet"
        case .kind: "Type"
        case .access: "Accès"
        case .link: "Lien"
        case .file: "Fichier"
        case .strength: "Niveau de preuve"
        case .date: "Date"
        case .citedByClaims: "Citée par les affirmations"
        case .requested: "Demandée à"
        case .verification: "Vérification"
        case .note: "Note"
        case .projects: "Projets"
        case .tags: "Étiquettes"
        case .audience: "Public visé"
        }
    }
}
