import Foundation
import GitKit

/// Reads record histories from one repository handle for several translations.
struct TranslationHistoryReader {
    let repository: Repository
    let start: ObjectID

    init?(gitDirectory: String, revision: String) {
        guard let repository = try? Repository.open(at: gitDirectory), let start = try? repository.resolveCommit(revision) else { return nil }
        self.repository = repository
        self.start = start
    }

    func history(of translation: Translation, current: Record) -> TranslationHistory? {
        try? TranslationHistory.of(translation, current: current, repository: repository, from: start)
    }
}
