import ArgumentParser
import Foundation
import PolicyKit

/// `--format text|json`, shared by the reading commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
