import Foundation

/// The bytes libFuzzer hands a target, with the ways the targets cut them up.
public struct FuzzInput {
    public let bytes: [UInt8]

    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    /// The first byte (a choice among variants) and the rest, or nil for an empty input.
    public var selectorAndRest: (UInt8, [UInt8])? {
        guard let first = bytes.first else { return nil }
        return (first, Array(bytes.dropFirst()))
    }

    /// The bytes up to the first `separator` and those after it (all and nothing without one).
    public static func split(_ bytes: [UInt8], at separator: UInt8) -> ([UInt8], [UInt8]) {
        guard let index = bytes.firstIndex(of: separator) else { return (bytes, []) }
        return (Array(bytes[..<index]), Array(bytes[(index + 1)...]))
    }
}
