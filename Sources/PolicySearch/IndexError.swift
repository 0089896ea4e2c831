import PolicyKit

/// Why an index file cannot be used; the caller then builds a fresh one.
enum IndexError: Error, Equatable {
    case corrupt(String)
    case otherKey
}
