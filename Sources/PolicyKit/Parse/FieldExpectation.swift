import Foundation
import Yams

/// How a field type is described in "must be ..." messages.
protocol FieldExpectation {
    static var expectation: String { get }
}
