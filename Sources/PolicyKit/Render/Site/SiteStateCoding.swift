import GitKit

/// A file a site build leaves for the next one in `ByteWriter`'s format (the manifest, the table
/// of the site's files, the search postings): a magic line, then what `read` reads.
protocol SiteStateCoding {
    /// The first line of the file, which names its format.
    static var magic: [UInt8] { get }
    /// Reads what follows the magic line (`ByteReader` bounds every count by what is left); nil or
    /// an error when it is not what the format says.
    static func read(_ reader: inout ByteReader) throws -> Self?
}

extension SiteStateCoding {
    /// Decodes the bytes of such a file; nil when they are not exactly one (another magic line,
    /// anything amiss, or bytes left over).
    init?(decoding bytes: [UInt8]) {
        var reader = ByteReader(bytes[...]) { _ in SiteStateDamaged() }
        guard (try? reader.bytes(Self.magic.count).elementsEqual(Self.magic)) == true, let decoded = try? Self.read(&reader), reader.isAtEnd
        else { return nil }
        self = decoded
    }
}

/// What a `SiteStateCoding` reader throws when the bytes are not what the format says.
struct SiteStateDamaged: Error {}
