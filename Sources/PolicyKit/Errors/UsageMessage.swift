/// A message that names some of the request's inputs (`UsageInput`), written with string
/// interpolation, `"\(input: .file): '\(path)' does not exist"`, and spelled by whoever shows it:
/// the library by each input's `rawValue` ("file: ..."), the command line in its own words.
public struct UsageMessage: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// One piece of the message: text, or an input to name.
    public enum Piece: Sendable, Equatable {
        /// Text, as written.
        case text(String)
        /// An input, named by whoever shows the message.
        case input(UsageInput)
    }

    /// The pieces, in order.
    public private(set) var pieces: [Piece]

    /// A message of plain text.
    public init(stringLiteral text: String) { pieces = [.text(text)] }

    /// A message built by interpolation.
    public init(stringInterpolation: Interpolation) { pieces = stringInterpolation.pieces }

    /// The message with every input named by `name`.
    public func text(naming name: (UsageInput) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .input(let input): name(input)
            }
        }.joined()
    }

    /// Equal when they say the same, however the text was split into pieces.
    public static func == (left: UsageMessage, right: UsageMessage) -> Bool { left.joined == right.joined }

    /// The pieces with adjacent text joined and empty text dropped.
    private var joined: [Piece] {
        pieces.reduce(into: []) { result, piece in
            if case .text(let text) = piece {
                if text.isEmpty { return }
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                    return
                }
            }
            result.append(piece)
        }
    }

    /// The message with the library's names of the inputs.
    public var description: String { text { $0.rawValue } }

    /// The message with `text` put before it.
    public static func + (text: String, message: UsageMessage) -> UsageMessage {
        var joined = UsageMessage(stringLiteral: text)
        joined.pieces += message.pieces
        return joined
    }

    /// The message with `text` put after it.
    public static func + (message: UsageMessage, text: String) -> UsageMessage {
        var joined = message
        joined.pieces.append(.text(text))
        return joined
    }

    /// Builds the pieces of an interpolated message.
    public struct Interpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        /// An empty message, to be built piece by piece.
        public init(literalCapacity: Int, interpolationCount: Int) {}

        /// Plain text of the message.
        public mutating func appendLiteral(_ literal: String) { pieces.append(.text(literal)) }

        /// Names an input of the request.
        public mutating func appendInterpolation(input: UsageInput) { pieces.append(.input(input)) }

        /// Any other value, as text.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) { pieces.append(.text(value.description)) }

        /// Text.
        public mutating func appendInterpolation(_ value: String) { pieces.append(.text(value)) }
    }
}
