/// The site's own words in French, for the `/fr/` tree of a bilingual knowledge base: the
/// built-in templates with their English phrases replaced (a phrase not listed stays English).
extension SiteTemplates {
    static let frenchPhrases: [(String, String)] = [
        ("Skip to main content", "Aller au contenu principal"),
        ("<title>{{siteName}}: lessons and projects</title>", "<title>{{siteName}} : enseignements et projets</title>"),
        (": lessons and projects\"", " : enseignements et projets\""),
        ("aria-label=\"Main\"", "aria-label=\"Principal\""),
        ("Suggest a change to this page", "Proposer une modification de cette page"),
        (" or <a href=\"{{issueURL}}\">report a problem</a>", " ou <a href=\"{{issueURL}}\">signaler un problème</a>"),
        ("Report a problem with this page", "Signaler un problème sur cette page"),
        ("Published by {{siteName}} from its open knowledge base.", "Publié par {{siteName}} à partir de sa base de connaissances ouverte."),
        ("Feed of lessons and projects", "Flux des enseignements et des projets"),
        (
            "Open Policy Making: the methods of our toolkit, the projects that used them, and what we learned.",
            "L'élaboration ouverte des politiques publiques : les méthodes de notre boîte à outils, les projets qui les ont utilisées et ce que nous avons appris."
        ),
        ("Search methods, projects and lessons", "Rechercher des méthodes, des projets et des enseignements"),
        (">Search</button>", ">Rechercher</button>"),
        ("<h2>Programme status</h2>", "<h2>État du programme</h2>"),
        ("<p>As of ", "<p>Au "),
        (", for commitment {{commitment}}", ", pour l'engagement {{commitment}}"),
        (", running {{period}}", ", sur la période {{period}}"),
        (" of {{milestonesTotal}} milestones done", " jalons réalisés sur {{milestonesTotal}}"),
        (
            " of {{claimsTotal}} impact claims verified by stakeholders",
            " affirmations d'impact vérifiées par les parties prenantes sur {{claimsTotal}}"
        ),
        ("</span> lessons published", "</span> enseignements publiés"),
        ("<h2>The toolkit</h2>", "<h2>La boîte à outils</h2>"),
        ("</a>: {{count}} methods", "</a> : {{count}} méthodes"),
        ("<h2>Demonstrator projects</h2>", "<h2>Projets démonstrateurs</h2>"),
        ("<h2>Latest lessons</h2>", "<h2>Derniers enseignements</h2>"),
        (">All lessons</a>", ">Tous les enseignements</a>"),
        ("<h1>The Open Policy Making toolkit</h1>", "<h1>La boîte à outils de l'élaboration ouverte des politiques publiques</h1>"),
        (
            "Methods for each phase of policy making, with the projects that used them and what we learned.",
            "Des méthodes pour chaque phase de l'élaboration des politiques publiques, avec les projets qui les ont utilisées et ce que nous avons appris."
        ),
        ("aria-label=\"Phases\"", "aria-label=\"Phases\""),
        ("No method for this phase yet.", "Aucune méthode pour cette phase pour l'instant."),
        ("<h2 id=\"retired\">Retired methods</h2>", "<h2 id=\"retired\">Méthodes retirées</h2>"),
        ("<p class=\"caption\">Method{{#retired}}, retired{{/retired}}</p>", "<p class=\"caption\">Méthode{{#retired}}, retirée{{/retired}}</p>"),
        ("This method is no longer recommended.", "Cette méthode n'est plus recommandée."),
        (" Use instead: ", " Utilisez plutôt : "),
        ("<h2>Projects that used it</h2>", "<h2>Projets qui l'ont utilisée</h2>"),
        ("No project in this knowledge base has used it yet.", "Aucun projet ne l'a encore utilisée."),
        ("<h2>What we learned</h2>", "<h2>Ce que nous avons appris</h2>"),
        ("<h2>Related methods</h2>", "<h2>Méthodes liées</h2>"),
        ("<h1>Projects</h1>", "<h1>Projets</h1>"),
        (
            "The demonstrators and other projects of the Policy Lab, with the impact their stakeholders verified.",
            "Les démonstrateurs et les autres projets du laboratoire, avec l'impact vérifié par leurs parties prenantes."
        ),
        ("<p class=\"caption\">Lesson{{#date}}", "<p class=\"caption\">Enseignement{{#date}}"),
        ("<h2>Where it comes from</h2>", "<h2>D'où il vient</h2>"),
        ("<li>Project: ", "<li>Projet : "),
        ("<li>Method: ", "<li>Méthode : "),
        ("<h1>Lessons</h1>", "<h1>Enseignements</h1>"),
        (
            "What the Policy Lab learned from its projects and methods, newest first.",
            "Ce que le laboratoire a appris de ses projets et de ses méthodes, du plus récent au plus ancien."
        ),
        ("<h1>Search</h1>", "<h1>Recherche</h1>"),
        ("<dt>Time needed</dt>", "<dt>Temps nécessaire</dt>"),
        ("<dt>Cost</dt>", "<dt>Coût</dt>"),
        ("<dt>Participation (IAP2)</dt>", "<dt>Participation (IAP2)</dt>"),
        ("<dt>Updated</dt>", "<dt>Mis à jour</dt>"),
        (
            "Search needs JavaScript. You can still browse <a href=\"methods/index.html\">the toolkit</a>, <a href=\"projects/index.html\">the projects</a> and <a href=\"lessons/index.html\">the lessons</a>.",
            "La recherche a besoin de JavaScript. Vous pouvez parcourir <a href=\"methods/index.html\">la boîte à outils</a>, <a href=\"projects/index.html\">les projets</a> et <a href=\"lessons/index.html\">les enseignements</a>."
        ),
    ]

    /// The site's own words for page titles and navigation, in French.
    static let frenchWords = [
        "Toolkit": "Boîte à outils", "Projects": "Projets", "Lessons": "Enseignements", "Search": "Recherche",
        "The Open Policy Making toolkit": "La boîte à outils de l'élaboration ouverte des politiques publiques",
        "Methods for each phase of policy making.": "Des méthodes pour chaque phase de l'élaboration des politiques publiques.",
        "Demonstrator project, ": "Projet démonstrateur, ", "Project, ": "Projet, ",
    ]

    /// `template` with the French phrases in place.
    static func french(_ template: String) -> String {
        frenchPhrases.reduce(template) { text, pair in text.replacingOccurrences(of: pair.0, with: pair.1) }
    }

    /// A word of the site in `language` (French, or as it is).
    static func word(_ english: String, in language: String) -> String {
        language == "fr" ? frenchWords[english] ?? english : english
    }
}
