/// One change applied by `Repository.buildTree(base:changes:)`.
public enum TreeChange: Sendable, Equatable {
    /// Put this blob at the path (mode 100755 when `executable`, else 100644),
    /// replacing whatever was there, including a directory of the same name.
    case blob(ObjectID, executable: Bool = false)
    /// Remove the file (or every file under the directory) at the path.
    case remove
}
