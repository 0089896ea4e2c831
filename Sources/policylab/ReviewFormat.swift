import ArgumentParser
import Foundation
import GitKit
import PolicyKit

/// The formats of `policylab review`.
enum ReviewFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, sarif
}
