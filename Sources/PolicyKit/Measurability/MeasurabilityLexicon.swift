/// The words the measurability analysis looks for in one language, folded (lower case, no
/// accents). They name kinds of words, not examples: verbs of making or releasing, things one can
/// point at when they are done, units of time, hedges and the verbs of effort that promise an aim.
struct MeasurabilityLexicon: Sendable {
    /// Verbs (and their nouns) that make or release something: publish, launch, establish.
    var making: WordList
    /// Things one can point at once made: a guide, a portal, a register, a law, a workshop.
    var deliverables: WordList
    /// Verbs that keep an activity going ("continue") or look into something ("explore"): what
    /// they govern is not a result, so a deliverable under them does not make the text checkable.
    var continuing: WordList
    /// Verbs of effort and nouns of aims: strengthen, promote, advance, transparency, literacy.
    var aims: WordList
    /// Number words ("four", "twelve"), and phrases that announce a quantity ("at least", "number of").
    var numberWords: WordList
    var quantityPhrases: [String]
    /// Phrases that look like a quantity but are not one ("a number of").
    var vagueQuantityPhrases: [String]
    /// Month names, and the ones that are also common words ("may", "fall", "été"): these count
    /// as a date only next to a number ("May 2020", "automne 2021").
    var months: WordList
    var ambiguousMonths: Set<String>
    /// Frequencies written as one word ("annually") or as a phrase ("each year").
    var frequencyWords: WordList
    var frequencyPhrases: [String]
    /// Phrases that make the commitment optional.
    var hedges: [String]
    /// Words after which a verb reports the past ("having launched"): what it made already exists.
    var pastMarkers: Set<String>
    /// Set phrases whose nouns are not deliverables ("dans le cadre de", "en ligne").
    var ignoredPhrases: [String]

    static func forLanguage(_ language: CommitmentLanguage) -> MeasurabilityLexicon {
        language == .fr ? french : english
    }

    static let english = MeasurabilityLexicon(
        making: WordList(
            stems: [
                "publish", "publication", "releas", "launch", "establish", "creat", "produc", "deliver", "introduc", "adopt",
                "implement", "hold", "held", "host", "organis", "organiz", "appoint", "designat", "nominat", "complet",
                "conduct", "draft", "prepar", "submit", "provid", "updat", "conven", "train", "hire", "recruit", "award",
                "enact", "amend", "revis", "design", "pilot", "writ", "propos", "develop", "co-creat", "cocreat", "compil",
                "defin", "deploy", "disclos", "shar", "build", "built", "construct", "test", "commission", "install",
                "redesign", "availab", "roll", "undertak", "carr",
            ],
            exact: [
                "form", "forms", "formed", "forming", "post", "posts", "posted", "posting", "set", "sets", "setting",
                "run", "runs", "running", "ran", "map", "maps", "mapped", "mapping", "sign", "signs", "signed", "signing",
                "pass", "passed", "passing", "table", "tabled", "tabling", "legislate", "legislated", "legislating",
            ]),
        deliverables: WordList(
            stems: [
                "guidance", "guideline", "toolkit", "toolbox", "report", "dataset", "register", "registr", "portal", "website",
                "platform", "database", "inventor", "catalog", "dashboard", "standard", "framework", "strateg", "polic",
                "directive", "legislation", "charter", "licen", "programme", "program", "pilot", "forum", "committee",
                "council", "centre", "center", "mechanism", "workshop", "roundtable", "session", "conference", "hackathon",
                "consultation", "training", "course", "curricul", "module", "survey", "evaluation", "audit", "analys",
                "target", "indicator", "prototype", "contract", "agreement", "template", "checklist", "handbook", "manual",
                "newsletter", "blog", "video", "campaign", "assembl", "competition", "network", "principle",
                "demonstrator", "project", "contractor", "officer", "authorit", "commissioner", "regulation", "roadmap",
                "service", "webinar", "secretariat", "summar", "document", "observator", "system", "interface",
                "repositor", "archive", "ombuds", "helpline", "hotline", "questionnaire", "bulletin", "directory", "commitment",
                "milestone", "referend", "lab", "laborator",
            ],
            exact: [
                "act", "acts", "bill", "bills", "code", "codes", "list", "lists", "index", "unit", "units", "group", "groups",
                "team", "teams", "plan", "plans", "app", "apps", "api", "apis", "map", "maps", "site", "sites", "page", "pages",
                "form", "forms", "hub", "hubs", "fund", "funds", "law", "laws", "tool", "tools", "guide", "guides", "event",
                "events", "panel", "panels", "jury", "juries", "office", "offices", "study", "studies", "tables",
            ]),
        continuing: WordList(
            stems: ["continu", "keep", "maintain", "sustain", "pursu", "explor", "consider", "investigat", "scop"],
            exact: ["further", "study", "look"]),
        aims: WordList(
            stems: [
                "strengthen", "promot", "foster", "enhanc", "support", "improv", "advanc", "encourag", "facilitat", "ensur",
                "help", "seek", "strive", "aim", "work", "increas", "expand", "broaden", "deepen", "accelerat", "embed",
                "mainstream", "leverag", "enabl", "empower", "protect", "safeguard", "combat", "address", "monitor",
                "engag", "involv", "collaborat", "prioriti", "benchmark", "align", "democrati", "simplif", "standardi",
                "assess", "examin", "review", "identif", "reflect", "unlock", "transparen", "accountab", "literac",
                "openness", "awareness", "inclusi", "trust", "capacit", "participat", "resilien", "cohesion", "culture",
                "mindset", "understand", "accessib", "usabil", "qualit", "visibil", "efficien", "effectiv", "better",
                "greater", "stronger", "more", "raise", "step", "toward", "shift", "progress", "opportunit",
            ],
            exact: []),
        numberWords: WordList(
            stems: [],
            exact: [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "dozen",
                "half", "twice", "percent",
            ]),
        quantityPhrases: [
            " at least ", " number of ", " percentage of ", " proportion of ", " per cent ", " share of ", " rate of ",
            " no fewer than ",
        ],
        vagueQuantityPhrases: [" a number of ", " a large number of ", " a growing number of ", " an increasing number of "],
        months: WordList(
            stems: [],
            exact: [
                "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
                "q1", "q2", "q3", "q4",
            ]),
        ambiguousMonths: ["may", "march", "spring", "summer", "autumn", "fall", "winter"],
        frequencyWords: WordList(
            stems: ["annual", "yearly", "quarterl", "monthly", "weekly", "biannual", "biennial", "daily"],
            exact: []),
        frequencyPhrases: [
            " each year ", " every year ", " per year ", " a year ", " per quarter ", " each quarter ", " every quarter ",
            " per month ", " each month ", " every month ", " once a ", " every two years ", " each budget ",
        ],
        hedges: [
            " as appropriate ", " where appropriate ", " where possible ", " when possible ", " if possible ", " as far as possible ",
            " as possible ", " if necessary ", " as necessary ", " where necessary ", " as needed ", " where needed ",
            " subject to ", " where feasible ", " if feasible ", " to the extent possible ", " where relevant ", " if required ",
        ],
        pastMarkers: ["having", "had", "since"],
        ignoredPhrases: [" in line with ", " on the basis of ", " on line "])

    static let french = MeasurabilityLexicon(
        making: WordList(
            stems: [
                "publier", "publie", "publica", "publiera", "publiant", "lanc", "etabli", "cree", "creer", "creation", "creera",
                "elabor", "produir", "produira", "production", "livr", "depos", "depot", "adopt", "organis", "tenir", "tiendr",
                "tenu", "nomm", "design", "former", "formera", "realis", "redig", "redaction", "diffus", "ouvrir", "ouvrira",
                "concev", "concoi", "concu", "conception", "propos", "fixer", "fixera", "revis", "modifi", "deploi",
                "deploy", "pilot", "convoqu", "recrut", "install", "instaur", "constitu", "mettre", "mettra", "doter",
                "dotera", "ecrir", "definir", "definira", "developp", "co-constru", "co-cre", "cocre", "transmett",
                "soumett", "inaugur", "achever", "terminer", "finalis", "construir", "construira", "batir", "batira",
                "actualis", "introdui", "legifer", "inscrir", "reunir", "reunira", "accueillir", "animer", "animera",
                "disponib", "partag", "mener", "menera", "effectu", "proceder", "procedera",
            ],
            exact: ["mis", "mise", "mises", "signer", "signera", "signe", "signee", "signes"]),
        deliverables: WordList(
            stems: [
                "guide", "ligne", "directric", "outil", "boite", "rapport", "jeu", "jeux", "registre", "repertoire", "portail",
                "site", "plateforme", "plate-forme", "application", "inventaire", "catalogue", "carte", "cartographi",
                "tableau", "norme", "standard", "cadre", "strategi", "plan", "politique", "directive", "loi", "decret",
                "reglement", "code", "charte", "licence", "programme", "pilote", "projet", "demonstrat", "forum", "comite",
                "conseil", "groupe", "centre", "mecanisme", "bureau", "atelier", "evenement", "table", "seance", "session",
                "conference", "hackathon", "consultation", "formation", "cours", "module", "enquete", "evaluation", "audit",
                "etude", "analyse", "liste", "indice", "cible", "indicateur", "prototype", "api", "contrat", "accord",
                "modele", "manuel", "campagne", "processus", "reseau", "agent", "entrepreneur", "autorite", "principe",
                "document", "feuille", "fonds", "assemblee", "jury", "concours", "convention", "observatoire", "label",
                "referentiel", "kit", "tutoriel", "webinaire", "mooc", "espace", "service", "systeme", "interface", "depot",
                "archive", "page", "formulaire", "questionnaire", "bilan", "synthese", "cahier", "instance", "commission",
                "equipe", "cellule", "mission", "delegation", "annuaire", "carnet", "fiche", "recueil", "jalon", "referend", "laboratoire", "lab",
            ],
            exact: []),
        continuing: WordList(
            stems: ["continu", "poursui", "maint", "perenn", "explor", "etudi", "envisag", "reflechi", "approfond"],
            exact: []),
        aims: WordList(
            stems: [
                "renforc", "promouv", "promeu", "promot", "favoris", "amelior", "sensibilis", "mobilis", "assur", "accroi",
                "developp", "encourag", "facilit", "soutien", "soutenir", "soutiendr", "appui", "appuy", "bati", "constru",
                "vis", "contribu", "elarg", "engag", "veill", "identifi", "determin", "examin", "accompagn", "valoris",
                "democratis", "vulgaris", "outill", "align", "harmonis", "consolid", "modernis", "simplifi", "optimis",
                "intensifi", "permett", "garant", "collabor", "travaill", "liber", "relever", "transparen", "redevabil",
                "participati", "ouverture", "confiance", "inclusi", "capacit", "culture", "ecosysteme", "gouvernance",
                "gestion", "acces", "qualite", "visibilite", "efficac", "efficien", "meilleur", "davantage", "plus",
                "mieux", "accru", "progres", "promotion", "dialogue", "echange", "partag", "prioris", "impliqu", "associer",
                "concret", "stimul", "dynamis", "incit", "agir",
            ],
            exact: []),
        numberWords: WordList(
            stems: [],
            exact: [
                "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt",
                "trente", "quarante", "cinquante", "cent", "cents", "centaine", "centaines", "mille", "milliers", "million",
                "douzaine", "moitie",
            ]),
        quantityPhrases: [
            " au moins ", " nombre de ", " nombre d ", " pourcentage de ", " pourcentage d ", " taux de ", " taux d ",
            " proportion de ", " pour cent ", " pas moins de ",
        ],
        vagueQuantityPhrases: [" un certain nombre ", " un grand nombre ", " un nombre croissant ", " nombre croissant "],
        months: WordList(
            stems: [],
            exact: ["janvier", "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]),
        ambiguousMonths: ["mars", "mai", "printemps", "ete", "automne", "hiver"],
        frequencyWords: WordList(
            stems: ["annuel", "trimestriel", "mensuel", "hebdomadaire", "semestriel", "biennal", "quotidien"],
            exact: []),
        frequencyPhrases: [
            " chaque annee ", " chaque an ", " tous les ans ", " par an ", " par annee ", " par trimestre ",
            " chaque trimestre ", " par mois ", " chaque mois ", " tous les mois ", " une fois par ",
            " deux fois ", " tous les deux ans ",
        ],
        hedges: [
            " dans la mesure du possible ", " si necessaire ", " le cas echeant ", " au besoin ", " si possible ",
            " autant que possible ", " que possible ", " sous reserve ", " selon les besoins ", " s il y a lieu ",
            " si besoin ", " lorsque c est possible ", " lorsque cela est possible ",
        ],
        pastMarkers: ["avoir", "ayant", "depuis"],
        ignoredPhrases: [" dans le cadre ", " en ligne ", " sur la base ", " en matiere ", " au cadre "])
}
