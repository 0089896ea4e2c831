/// The built-in templates of the French post and digest, overridden by
/// `templates/summary.fr.md.mustache`, `templates/digest.fr.md.mustache` and
/// `templates/page.fr.html.mustache`.
extension BuiltInTemplates {
    /// The English words of the templates and their French, in the order they are replaced.
    private static let frenchWords: [(String, String)] = [
        ("Partners: ", "Partenaires : "),
        ("Key indicators, with their targets and the latest figures:", "Indicateurs clés, avec leurs cibles et les derniers chiffres :"),
        (" Target: ", " Cible : "),
        ("Latest figure: ", "Dernier chiffre : "),
        (" (collected on ", " (recueilli le "),
        ("No figure has been published yet.", "Aucun chiffre n'a encore été publié."),
        ("; confirmed by ", " ; confirmé par "),
        (" (confirmed by ", " (confirmé par "),
        ("## Evidence", "## Preuves"),
        ("## Next steps", "## Prochaines étapes"),
        (
            "Nothing was started, delivered, verified or learned in this period.",
            "Rien n'a été lancé, livré, vérifié ou appris pendant cette période."
        ),
        ("## Projects", "## Projets"),
        ("Started:", "Lancés :"),
        ("Delivered:", "Livrés :"),
        (", commissioned by ", ", commandé par "),
        ("Milestones reached:", "Jalons atteints :"),
        ("}}, on {{done}}", "}}, le {{done}}"),
        ("## Impact confirmed by the people it is about", "## Impact confirmé par les personnes concernées"),
        ("## Lessons learned", "## Enseignements"),
        ("- New: ", "- Nouveau : "),
        ("- Updated: ", "- Mis à jour : "),
        ("- New method: ", "- Nouvelle méthode : "),
        ("## The toolkit", "## La boîte à outils"),
        ("## Thank you", "## Merci"),
        ("Thanks to everyone who contributed {{period}}: ", "Merci à toutes celles et à tous ceux qui ont contribué {{period}} : "),
        ("Skip to main content", "Aller au contenu principal"),
        // French typography: a space before a colon.
        ("{{/url}}: ", "{{/url}} : "),
        ("{{title}}: {{state}}", "{{title}} : {{state}}"),
        ("{{commissioner}}: ", "{{commissioner}} : "),
        ("{{project}}: ", "{{project}} : "),
    ]

    private static func french(_ template: String) -> String {
        frenchWords.reduce(template) { text, pair in text.replacingOccurrences(of: pair.0, with: pair.1) }
    }

    /// The built-in summary template in French.
    static var frenchSummary: String { get throws { french(try summary) } }
    /// The built-in digest template in French.
    static var frenchDigest: String { get throws { french(try digest) } }
    /// The built-in HTML page around a post, in French.
    static var frenchPage: String { get throws { french(try page) } }
}
