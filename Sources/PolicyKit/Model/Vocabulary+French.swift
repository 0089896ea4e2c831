// The French names of the record vocabularies, one table per vocabulary. Genders follow the noun
// each word qualifies: a project (masculine: "livré"), a method and a claim (feminine:
// "publiée", "vérifiée"), a milestone (masculine: "réalisé"). OGP words follow the French of the
// Open Government Partnership's own pages ("Valeurs OGP : Participation civique, accès à
// l'information", "Impact potentiel : Mineur", "Achèvement", "A-t-il ouvert le gouvernement ? marginal").

extension ProjectStatus: DisplayedWord {
    /// "proposé", "commandé", "en cours", "livré", "clos", "annulé".
    public var frenchName: String {
        switch self {
        case .proposed: "proposé"
        case .commissioned: "commandé"
        case .active: "en cours"
        case .delivered: "livré"
        case .closed: "clos"
        case .cancelled: "annulé"
        }
    }
}

extension MethodStatus: DisplayedWord {
    /// "brouillon", "publiée", "retirée" (une méthode).
    public var frenchName: String {
        switch self {
        case .draft: "brouillon"
        case .published: "publiée"
        case .retired: "retirée"
        }
    }
}

extension LessonStatus: DisplayedWord {
    /// "brouillon", "publié" (un enseignement).
    public var frenchName: String {
        switch self {
        case .draft: "brouillon"
        case .published: "publié"
        }
    }
}

extension Cost: DisplayedWord {
    /// "faible", "moyen", "élevé".
    public var frenchName: String {
        switch self {
        case .low: "faible"
        case .medium: "moyen"
        case .high: "élevé"
        }
    }
}

extension Phase: DisplayedWord {
    /// "découvrir", "définir", "développer", "mettre en œuvre".
    public var frenchName: String {
        switch self {
        case .discover: "découvrir"
        case .define: "définir"
        case .develop: "développer"
        case .deliver: "mettre en œuvre"
        }
    }
}

extension ParticipationLevel: DisplayedWord {
    /// The French of the IAP2 spectrum: "informer", "consulter", "impliquer", "collaborer", "habiliter".
    public var frenchName: String {
        switch self {
        case .inform: "informer"
        case .consult: "consulter"
        case .involve: "impliquer"
        case .collaborate: "collaborer"
        case .empower: "habiliter"
        }
    }
}

extension EvidenceKind: DisplayedWord {
    /// "rapport", "jeu de données", "notes d'entretien"...
    public var frenchName: String {
        switch self {
        case .report: "rapport"
        case .dataset: "jeu de données"
        case .evaluation: "évaluation"
        case .survey: "enquête"
        case .interviewNotes: "notes d'entretien"
        case .workshopOutput: "livrable d'atelier"
        case .blog: "billet de blog"
        case .video: "vidéo"
        case .other: "autre document"
        }
    }
}

extension Access: DisplayedWord {
    /// "public", "restreint".
    public var frenchName: String {
        switch self {
        case .public: "public"
        case .restricted: "restreint"
        }
    }
}

extension StakeholderKind: DisplayedWord {
    /// "ministère", "collectivité territoriale", "organisation de la société civile"...
    public var frenchName: String {
        switch self {
        case .department: "ministère"
        case .localAuthority: "collectivité territoriale"
        case .cso: "organisation de la société civile"
        case .citizenGroup: "groupe de citoyens"
        case .academic: "université ou recherche"
        case .private: "secteur privé"
        case .lab: "laboratoire"
        case .international: "organisation internationale"
        }
    }
}

extension ClaimKind: DisplayedWord {
    /// "changement de politique publique", "changement de service", "participation"...
    public var frenchName: String {
        switch self {
        case .policyChange: "changement de politique publique"
        case .serviceChange: "changement de service"
        case .participation: "participation"
        case .capability: "capacités"
        case .transparency: "transparence"
        case .other: "autre"
        }
    }
}

extension ClaimStatus: DisplayedWord {
    /// "non vérifiée", "en attente", "vérifiée", "contestée", "à revérifier" (une affirmation).
    public var frenchName: String {
        switch self {
        case .unverified: "non vérifiée"
        case .pending: "en attente"
        case .verified: "vérifiée"
        case .disputed: "contestée"
        case .stale: "à revérifier"
        }
    }
}

extension Verdict: DisplayedWord {
    /// "confirmée", "confirmée en partie", "contestée" (l'affirmation).
    public var frenchName: String {
        switch self {
        case .confirmed: "confirmée"
        case .partly: "confirmée en partie"
        case .disputed: "contestée"
        }
    }
}

extension MilestoneOutcome: DisplayedWord {
    /// "réalisé", "manqué", "abandonné", "non communiqué" (un jalon).
    public var frenchName: String {
        switch self {
        case .done: "réalisé"
        case .missed: "manqué"
        case .dropped: "abandonné"
        case .notReported: "non communiqué"
        }
    }
}

extension MilestoneState: DisplayedWord {
    /// The lanes of the timeline: "réalisé", "en retard", "à venir"... (un jalon).
    public var frenchName: String {
        switch self {
        case .done: "réalisé"
        case .missed: "manqué"
        case .dropped: "abandonné"
        case .notReported: "non communiqué"
        case .overdue: "en retard"
        case .due: "à venir"
        case .open: "sans échéance"
        case .unrecorded: "sans résultat"
        }
    }
}

extension OGPValue: DisplayedWord {
    /// OGP's values in its French: "accès à l'information", "participation civique",
    /// "redevabilité publique", "technologie et innovation".
    public var frenchName: String {
        switch self {
        case .accessToInformation: "accès à l'information"
        case .civicParticipation: "participation civique"
        case .publicAccountability: "redevabilité publique"
        case .technologyAndInnovation: "technologie et innovation"
        }
    }
}

extension PotentialImpact: DisplayedWord {
    /// The IRM's potential impact: "aucun", "mineur", "modéré", "transformateur".
    public var frenchName: String {
        switch self {
        case .none: "aucun"
        case .minor: "mineur"
        case .moderate: "modéré"
        case .transformative: "transformateur"
        }
    }
}

extension PotentialForResults: DisplayedWord {
    /// The IRM's potential for results: "peu clair", "modeste", "substantiel".
    public var frenchName: String {
        switch self {
        case .unclear: "peu clair"
        case .modest: "modeste"
        case .substantial: "substantiel"
        }
    }
}

extension Completion: DisplayedWord {
    /// The IRM's completion: "non commencé", "limité", "substantiel", "complet".
    public var frenchName: String {
        switch self {
        case .notStarted: "non commencé"
        case .limited: "limité"
        case .substantial: "substantiel"
        case .complete: "complet"
        }
    }
}

extension OpenedGovernment: DisplayedWord {
    /// The IRM's "A-t-il ouvert le gouvernement ?", in the words of OGP's French pages ("marginal"):
    /// "détérioré", "n'a pas changé", "marginal", "majeur", "exceptionnel".
    public var frenchName: String {
        switch self {
        case .worsened: "détérioré"
        case .didNotChange: "n'a pas changé"
        case .marginal: "marginal"
        case .major: "majeur"
        case .outstanding: "exceptionnel"
        }
    }
}
